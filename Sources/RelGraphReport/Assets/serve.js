// relgraph viewer: the server mode, filled in by serve.js proper.
"use strict";
