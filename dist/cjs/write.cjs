// dist/cli/write.js
async function writePieces(out, pieces) {
	const stream = out;
	for (const piece of pieces) {
		if (out.write(piece) !== false || typeof stream.once !== "function" || typeof stream.off !== "function" || stream.destroyed) continue;
		await new Promise((resolve) => {
			const events = [
				"drain",
				"close",
				"error"
			];
			const done = () => {
				for (const event of events) stream.off?.(event, done);
				resolve();
			};
			for (const event of events) stream.once?.(event, done);
		});
	}
}
exports.writePieces = writePieces;
