// dist/types.js
/** Shared data model: rules as read and compiled, and findings. No I/O here. */
const SEVERITIES = [
	"low",
	"medium",
	"high",
	"critical"
];
function severityRank(s) {
	return SEVERITIES.indexOf(s);
}
Object.defineProperty(exports, "SEVERITIES", {
	enumerable: true,
	get: function() {
		return SEVERITIES;
	}
});
Object.defineProperty(exports, "severityRank", {
	enumerable: true,
	get: function() {
		return severityRank;
	}
});
