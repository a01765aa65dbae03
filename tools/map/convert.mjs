// Converts Natural Earth country shapes (public domain), as shipped in
// TopoJSON by the npm package world-atlas, into the compact form the app
// embeds: assets/map/region.json, the countries that touch the exhibit's
// region (the Korean peninsula and the Russian Far East to Central Asia),
// their rings simplified and stored in hundredths of a degree.
//
//   cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node tools/map/convert.mjs /tmp/package/countries-50m.json assets/map/region.json
//
// No dependencies: TopoJSON arcs are delta-encoded integers with a scale
// and translate, decoded below.
import { readFileSync, writeFileSync } from "node:fs";

const [src, dst] = process.argv.slice(2);
const REGION = [30, 28, 150, 62]; // lon0, lat0, lon1, lat1
const MIN_STEP = 0.06; // degrees: drop points closer than this to the last kept one

const topo = JSON.parse(readFileSync(src, "utf8"));
const { scale, translate } = topo.transform;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx; y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
});

function arcPoints(i) {
  return i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
}

function ring(indices) {
  const pts = [];
  for (const i of indices) {
    const a = arcPoints(i);
    pts.push(...(pts.length ? a.slice(1) : a));
  }
  return pts;
}

function simplify(pts) {
  const out = [pts[0]];
  for (const p of pts.slice(1)) {
    const q = out[out.length - 1];
    if (Math.hypot(p[0] - q[0], p[1] - q[1]) >= MIN_STEP) out.push(p);
  }
  return out;
}

function touches(pts) {
  return pts.some(([x, y]) => x >= REGION[0] - 5 && x <= REGION[2] + 5 && y >= REGION[1] - 5 && y <= REGION[3] + 5);
}

const countries = [];
for (const g of topo.objects.countries.geometries) {
  const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  const rings = [];
  for (const poly of polys) {
    for (const r of poly) {
      const pts = simplify(ring(r));
      if (pts.length >= 4 && touches(pts)) {
        rings.push(pts.flatMap(([x, y]) => [Math.round(x * 100), Math.round(y * 100)]));
      }
    }
  }
  if (rings.length) countries.push({ id: g.id ?? "", name: g.properties.name, rings });
}
countries.sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(dst, JSON.stringify({ source: "Natural Earth 1:50m via world-atlas 2.0.2 (public domain)", region: REGION, countries }));
console.log(`${dst}: ${countries.length} countries, ${countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0)} points`);
