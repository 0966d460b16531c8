Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_start = require("./start2.cjs");
exports.DIFF_ARGS = require_start.DIFF_ARGS;
exports.WHOLE_FILE = require_start.WHOLE_FILE;
exports.spawnStagedDiff = require_start.spawnStagedDiff;
exports.wantsStagedDiff = require_start.wantsStagedDiff;
