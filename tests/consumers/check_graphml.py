#!/usr/bin/python3
"""The GraphML checker the tests use: what Gephi, networkx, igraph and graphology need to read
every attribute of a GraphML file without dropping or mistyping one.

Fails on: a <data> whose key is undeclared or declared for another element; a key without
attr.type (or with a type GraphML does not define), without attr.name, or declared
for="all" or without `for` (Gephi then drops edge values, igraph ignores the key); two keys
of one domain with the same attr.name or the same id; a value that does not parse as its
declared type; an edge without an explicit id.

usage: check_graphml.py FILE...   (exit status 1 and one line per problem when any fails)
"""
import sys
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
TYPES = {"boolean", "int", "long", "float", "double", "string"}
DOMAINS = {"graph", "node", "edge"}


def _parses_as(attr_type, text):
    try:
        if attr_type in ("int", "long"):
            int(text)
        elif attr_type in ("float", "double"):
            float(text)
        elif attr_type == "boolean":
            return text.strip().lower() in ("true", "false", "0", "1")
    except ValueError:
        return False
    return True


def check(path):
    """The problems of one GraphML file, as messages (empty when it is fine)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return [f"{path}: not well-formed XML: {error}"]
    except OSError as error:
        return [f"{path}: cannot read: {error.strerror}"]
    problems = []
    if root.tag != NS + "graphml":
        return [f"{path}: root element is {root.tag}, not graphml in the GraphML namespace"]

    keys = {}
    names = set()
    for key in root.iter(NS + "key"):
        key_id = key.get("id")
        domain = key.get("for")
        name = key.get("attr.name")
        attr_type = key.get("attr.type")
        where = f"{path}: key {key_id!r}"
        if not key_id:
            problems.append(f"{path}: a key without an id")
            continue
        if key_id in keys:
            problems.append(f"{where}: declared twice")
        if domain == "all":
            problems.append(f"{where}: for=\"all\" (declare it for \"node\" or \"edge\")")
        elif domain not in DOMAINS:
            problems.append(f"{where}: for={domain!r} (expected graph, node or edge)")
        if not name:
            problems.append(f"{where}: no attr.name")
        elif (domain, name) in names:
            problems.append(f"{where}: attr.name {name!r} declared twice for {domain}")
        names.add((domain, name))
        if attr_type is None:
            problems.append(f"{where}: no attr.type")
        elif attr_type not in TYPES:
            problems.append(f"{where}: attr.type {attr_type!r} is not a GraphML type")
        keys[key_id] = (domain, attr_type)

    def check_data(element, domain, label):
        for data in element.findall(NS + "data"):
            key_id = data.get("key")
            if key_id not in keys:
                problems.append(f"{path}: {label}: data for undeclared key {key_id!r}")
                continue
            key_domain, attr_type = keys[key_id]
            if key_domain != domain:
                problems.append(f"{path}: {label}: data for key {key_id!r}, declared for {key_domain}")
            if attr_type in TYPES and not _parses_as(attr_type, data.text or ""):
                problems.append(f"{path}: {label}: {data.text!r} is not a valid {attr_type} for key {key_id!r}")

    graphs = list(root.iter(NS + "graph"))
    if not graphs:
        problems.append(f"{path}: no graph element")
    for graph in graphs:
        check_data(graph, "graph", "graph")
        for node in graph.findall(NS + "node"):
            check_data(node, "node", f"node {node.get('id')!r}")
        for edge in graph.findall(NS + "edge"):
            label = f"edge {edge.get('source')!r} -> {edge.get('target')!r}"
            if not edge.get("id"):
                problems.append(f"{path}: {label}: no explicit id")
            check_data(edge, "edge", label)
    return problems


def main(paths):
    if not paths:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    problems = [p for path in paths for p in check(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
