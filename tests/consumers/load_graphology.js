// Loads a GraphML or GEXF file with graphology's own parsers (the graph library behind sigma.js
// and Gephi Lite) and prints what it read as JSON, for tests/e2e/writers_test.py to compare.
// usage: node load_graphology.js graphml|gexf FILE
'use strict';
const fs = require('fs');
const path = require('path');
// The generic Graph class: the parsers pick its type from the file (directed; `mixed` for a
// GEXF without edges) and upgrade it to a multigraph when they meet parallel edges.
const Graph = require('graphology');

const [format, file] = process.argv.slice(2);
const parsers = {graphml: 'graphology-graphml', gexf: 'graphology-gexf'};
if (!parsers[format] || !file) {
  process.stderr.write('usage: node load_graphology.js graphml|gexf FILE\n');
  process.exit(2);
}
const {parse} = require(parsers[format]);
const graph = parse(Graph, fs.readFileSync(path.resolve(file), 'utf8'));
const out = {
  type: graph.type,
  multi: graph.multi,
  attributes: graph.getAttributes(),
  nodes: graph.mapNodes((key, attributes) => ({key, attributes})),
  edges: graph.mapEdges((key, attributes, source, target) => ({key, source, target, attributes})),
};
process.stdout.write(JSON.stringify(out));
