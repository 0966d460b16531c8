// dist/cli/write.js
/** Writing a report that comes in pieces. */
/**
* Writes the pieces, waiting for a slow reader whenever the stream says its buffer is full: a
* pipe is asynchronous, and a report of a million findings queued whole would take gigabytes.
*/
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
