#!/usr/bin/env python3
"""Check Concord's `agree --all --by year --format csv --min-n 1` output against a peer's (e.g. the DuckDB SQL peer).

Usage: python3 bench/verify_concord.py CONCORD.csv PEER.csv [UNVOTES_DIR]

Concord keys states by ISO-3 code (RUS includes the USSR before 1992, SRB includes Yugoslavia and Serbia and
Montenegro, DEU is the Federal Republic and Germany); the peers key them by the `unvotes` country name. Names are
mapped to Concord codes with the unvotes files' own country/country_code pairs, then Concord's reference tables:
  1. country_code (ISO-2) -> code via src/Concord.Core/Reference/states.csv (iso2 column);
  2. names without a code -> state_aliases.csv, else the states.csv name;
  3. continued seats -> their successor, as Concord merges them (successions.csv, kind = continuation, chained).
Then (year, pair) keys, n and agreement (|diff| <= 1e-9) are compared. Keys where two peer names fall on one
Concord code in the same year (e.g. 'Federal Republic of Germany' and 'Germany', or both Yemens) are reported
apart: Concord has one merged row there, the peer two; they are checked by pooling the peer rows (sum of n,
n-weighted agreement). Exits 0 when every other key matches and nothing is unexplained, else 1.
"""
import csv
import gzip
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.join(HERE, "..", "src", "Concord.Core", "Reference")
DEFAULT_UNVOTES = "/work/shared/data/ga/unvotes_cran_0.3.0"
TOLERANCE = 1e-9


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def name_to_code(unvotes_dir):
    """Every unvotes country name -> the Concord code of the matrix row that carries its votes."""
    states = read_csv(os.path.join(REFERENCE, "states.csv"))
    by_iso2 = {s["iso2"]: s["code"] for s in states if s["iso2"]}
    by_name = {s["name"]: s["code"] for s in states}
    aliases = {a["alias"]: a["code"] for a in read_csv(os.path.join(REFERENCE, "state_aliases.csv"))}
    successor = {s["predecessor"]: s["state"] for s in read_csv(os.path.join(REFERENCE, "successions.csv"))
                 if s["kind"] == "continuation"}

    pairs = set()
    with gzip.open(os.path.join(unvotes_dir, "un_votes.csv.gz"), "rt", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pairs.add((row["country"], row["country_code"]))

    mapping, how = {}, {}
    for name, iso2 in sorted(pairs):
        if iso2 and iso2 in by_iso2:
            code, via = by_iso2[iso2], f"iso2 {iso2}"
        elif name in aliases:
            code, via = aliases[name], "alias"
        elif name in by_name:
            code, via = by_name[name], "name"
        else:
            raise SystemExit(f"no Concord code for unvotes country {name!r} ({iso2!r})")
        chain = code
        while chain in successor:
            chain = successor[chain]
        if chain != code:
            via += f", {code} continued by {chain}"
        if name in mapping and mapping[name] != chain:
            raise SystemExit(f"unvotes country {name!r} has two codes: {mapping[name]}, {chain}")
        mapping[name], how[name] = chain, via
    return mapping, how


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    concord_path, peer_path = sys.argv[1], sys.argv[2]
    unvotes_dir = sys.argv[3] if len(sys.argv) > 3 else DEFAULT_UNVOTES
    mapping, how = name_to_code(unvotes_dir)
    shared = defaultdict(list)
    for name, code in mapping.items():
        shared[code].append(name)
    print(f"unvotes names: {len(mapping)} -> Concord codes: {len(shared)}")
    for code, names in sorted(shared.items()):
        if len(names) > 1:
            print(f"  {code} <- " + "; ".join(f"{n!r} ({how[n]})" for n in names))
    for name in sorted(mapping):
        if "continued by" in how[name] or not how[name].startswith("iso2"):
            print(f"  {name!r} -> {mapping[name]} ({how[name]})")

    # Concord rows: (year, a, b) with a < b.
    concord = {}
    for row in read_csv(concord_path):
        a, b = sorted((row["a"], row["b"]))
        concord[(int(row["period"]), a, b)] = (int(row["n"]), float(row["agreement"]))

    # Peer rows, keyed by Concord codes; several peer rows may fall on one key.
    peer = defaultdict(list)
    peer_rows = 0
    self_pairs = []
    names_in_year = defaultdict(set)
    for row in read_csv(peer_path):
        peer_rows += 1
        year = int(row["year"])
        ci, cj = mapping[row["i"]], mapping[row["j"]]
        names_in_year[(year, ci)].add(row["i"])
        names_in_year[(year, cj)].add(row["j"])
        if ci == cj:
            self_pairs.append((year, row["i"], row["j"], int(row["n_common"])))
            continue
        a, b = sorted((ci, cj))
        peer[(year, a, b)].append((row["i"], row["j"], int(row["n_common"]), float(row["agreement"])))

    matched, bad, pooled_ok, pooled_bad = 0, [], [], []
    max_diff = 0.0
    for key, rows in peer.items():
        if key not in concord:
            continue
        n, agreement = concord[key]
        if len(rows) == 1:
            _, _, pn, pa = rows[0]
            diff = abs(pa - agreement)
            if pn == n and diff <= TOLERANCE:
                matched += 1
                max_diff = max(max_diff, diff)
            else:
                bad.append((key, rows, (n, agreement)))
        else:
            pn = sum(r[2] for r in rows)
            pa = sum(r[2] * r[3] for r in rows) / pn
            (pooled_ok if pn == n and abs(pa - agreement) <= 1e-7 else pooled_bad).append((key, rows, (n, agreement)))

    only_concord = sorted(k for k in concord if k not in peer)
    only_peer = sorted(k for k in peer if k not in concord)
    merged_years = sorted({(y, c): sorted(ns) for (y, c), ns in names_in_year.items() if len(ns) > 1}.items())

    print(f"\nConcord rows {len(concord)}, peer rows {peer_rows}, peer keys after mapping {len(peer)}")
    print(f"MATCHED (one row each side, same n, |agreement diff| <= {TOLERANCE:g}): {matched} (max |diff| {max_diff:.3g})")
    print(f"n/agreement mismatches on one-to-one keys: {len(bad)}")
    for key, rows, c in bad[:20]:
        print(f"  {key}: peer {rows} vs Concord n={c[0]} agreement={c[1]}")

    print(f"\nExplained differences: years where two unvotes names are one Concord state: {len(merged_years)}")
    for (year, code), names in merged_years:
        print(f"  {year} {code}: {names}")
    print(f"  peer rows pairing the two names with each other (no Concord row, a state with itself): {len(self_pairs)}")
    for s in self_pairs:
        print(f"    {s}")
    n_pooled_rows = sum(len(r) for _, r, _ in pooled_ok + pooled_bad)
    print(f"  keys where Concord has 1 merged row and the peer {n_pooled_rows} rows in all: {len(pooled_ok) + len(pooled_bad)}; "
          f"pooled peer n and n-weighted agreement equal Concord's: {len(pooled_ok)}, differ: {len(pooled_bad)}")
    for key, rows, c in pooled_bad[:10]:
        print(f"    {key}: peer {rows} vs Concord n={c[0]} agreement={c[1]}")

    print(f"\nkeys only in Concord: {len(only_concord)}")
    for k in only_concord[:20]:
        print(f"  {k} n={concord[k][0]}")
    print(f"keys only in peer: {len(only_peer)}")
    for k in only_peer[:20]:
        print(f"  {k} {peer[k]}")

    explained = len(self_pairs) + n_pooled_rows
    print(f"\nSUMMARY matched {matched} of {len(concord)} Concord rows and {peer_rows} peer rows; "
          f"explained (merged states) peer rows {explained} -> {len(pooled_ok) + len(pooled_bad)} Concord rows; "
          f"unexplained: n/agreement {len(bad)}, pooled {len(pooled_bad)}, only-Concord {len(only_concord)}, only-peer {len(only_peer)}")
    ok = not bad and not pooled_bad and not only_concord and not only_peer
    print("RESULT: " + ("IDENTICAL up to the merged states above" if ok else "MISMATCHES (see above)"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
