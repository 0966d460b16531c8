// dist/report/chunks.js
const STREAMED = Symbol("streamed");
function streamed(items) {
	return { [STREAMED]: items };
}
function isStreamed(value) {
	return typeof value === "object" && value !== null && STREAMED in value;
}
function holdsStreamed(value) {
	if (isStreamed(value)) return true;
	if (typeof value !== "object" || value === null) return false;
	return (Array.isArray(value) ? value : Object.values(value)).some(holdsStreamed);
}
const PIECE = 1 << 20;
const BATCH = 512;
function* jsonChunks(value) {
	let buffered = "";
	for (const piece of walk(value, "")) {
		buffered += piece;
		if (buffered.length >= PIECE) {
			yield buffered;
			buffered = "";
		}
	}
	if (buffered.length > 0) yield buffered;
}
function* walk(value, indent) {
	if (isStreamed(value)) {
		let first = true;
		let batch = [];
		const flush = () => {
			const text = JSON.stringify(batch, null, 2);
			batch = [];
			const items = text.slice(2, -2);
			const out = (first ? "[\n" : ",\n") + (indent === "" ? items : indent + items.replace(/\n/g, "\n" + indent));
			first = false;
			return out;
		};
		for (const item of value[STREAMED]) {
			batch.push(item);
			if (batch.length === BATCH) yield flush();
		}
		if (batch.length > 0) yield flush();
		yield first ? "[]" : "\n" + indent + "]";
		return;
	}
	if (!holdsStreamed(value)) {
		yield JSON.stringify(value, null, 2).replace(/\n/g, "\n" + indent);
		return;
	}
	const inner = indent + "  ";
	if (Array.isArray(value)) {
		if (value.length === 0) {
			yield "[]";
			return;
		}
		yield "[\n";
		for (const [i, v] of value.entries()) {
			yield inner;
			if (v === void 0 || typeof v === "function" || typeof v === "symbol") yield "null";
			else yield* walk(v, inner);
			yield i < value.length - 1 ? ",\n" : "\n";
		}
		yield indent + "]";
		return;
	}
	const entries = Object.entries(value).filter(([, v]) => v !== void 0 && typeof v !== "function" && typeof v !== "symbol");
	if (entries.length === 0) {
		yield "{}";
		return;
	}
	yield "{\n";
	for (const [i, [key, v]] of entries.entries()) {
		yield `${inner}${JSON.stringify(key)}: `;
		yield* walk(v, inner);
		yield i < entries.length - 1 ? ",\n" : "\n";
	}
	yield indent + "}";
}
function* mapLazily(items, f) {
	for (const item of items) yield f(item);
}
Object.defineProperty(exports, "jsonChunks", {
	enumerable: true,
	get: function() {
		return jsonChunks;
	}
});
Object.defineProperty(exports, "mapLazily", {
	enumerable: true,
	get: function() {
		return mapLazily;
	}
});
Object.defineProperty(exports, "streamed", {
	enumerable: true,
	get: function() {
		return streamed;
	}
});
