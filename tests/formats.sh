#!/usr/bin/env bash
# formats.sh -- `tocsin code --format gdelt|plover` on the reference article.
#
# usage: formats.sh TOCSIN SOURCE_DIR
# The same events are written as JSON Lines, GDELT rows and PLOVER records;
# a Python check compares them: 61 tab-separated columns per GDELT row,
# GLOBALEVENTID 1..N, CAMEO codes as strings with their leading zeros,
# FIPS KV for events located in Kosovo, ActionGeo_Type 1 or 4, the fixed
# DATEADDED of SOURCE_DATE_EPOCH; one JSON object per PLOVER record with one
# of PLOVER's 16 event types (or null for public statements).
set -uo pipefail
tocsin=$1
src=$2
article=$src/../shared/samples/kosovo-serbia.txt
[ -f "$article" ] || article=/work/shared/samples/kosovo-serbia.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1695945600 # 2023-09-29 00:00:00 UTC

pass=0 fail=0
check() { # name, command...
    local name=$1
    shift
    if "$@" >"$tmp/check.out" 2>&1; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name"
        sed 's/^/  /' "$tmp/check.out"
    fi
}

code() { "$tocsin" code --date 2023-09-29 "$@" "$article"; }
code --format jsonl >"$tmp/events.jsonl"
code --format gdelt >"$tmp/events.gdelt"
code --format plover >"$tmp/events.plover"

check "gdelt rows match the events" python3 - "$tmp/events.jsonl" "$tmp/events.gdelt" <<'EOF'
import json, re, sys
events = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
assert events, "no events coded"
assert len(rows) == len(events), f"{len(rows)} rows for {len(events)} events"
kosovo = 0
for i, (ev, r) in enumerate(zip(events, rows), 1):
    assert len(r) == 61, f"row {i}: {len(r)} columns"
    assert r[0] == str(i), f"row {i}: GLOBALEVENTID {r[0]}"
    assert r[1:5] == ["20230929", "202309", "2023", "2023.7452"], f"row {i}: dates {r[1:5]}"
    assert r[5] == ev["source"] and r[15] == ev["target"], f"row {i}: actors {r[5]} {r[15]}"
    assert re.fullmatch(r"\d{3,4}", r[26]) and r[26] == ev["code"], f"row {i}: EventCode {r[26]!r} vs {ev['code']!r}"
    assert r[27] == ev["code"][:3] and r[28] == ev["code"][:2] == ev["root"], f"row {i}: base/root {r[27]} {r[28]}"
    assert r[29] == str(ev["quad"]) and float(r[30]) == ev["goldstein"], f"row {i}: quad/goldstein"
    assert r[25] == ("1" if ev["sentence"] == 1 else "0"), f"row {i}: IsRootEvent {r[25]}"
    assert r[31:35] == ["1", "1", "1", "0"], f"row {i}: counts/tone {r[31:35]}"
    assert r[51] in ("1", "4"), f"row {i}: ActionGeo_Type {r[51]}"
    if ev["location"]["country"] == "KSV":
        kosovo += 1
        assert r[53] == "KV" and r[54].startswith("KV"), f"row {i}: Kosovo is {r[53]}/{r[54]}"
    if ev["location"]["country"] == "SRB":
        assert r[53] == "RI", f"row {i}: Serbia is {r[53]}"
    assert r[59] == "20230929000000", f"row {i}: DATEADDED {r[59]}"
    assert r[60] == ev["article"], f"row {i}: SOURCEURL {r[60]}"
assert kosovo > 0, "no event located in Kosovo"
print(f"{len(rows)} rows, {kosovo} in Kosovo")
EOF

check "plover records match the events" python3 - "$tmp/events.jsonl" "$tmp/events.plover" <<'EOF'
import json, sys
types = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
            "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
events = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
recs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(recs) == len(events), f"{len(recs)} records for {len(events)} events"
for ev, p in zip(events, recs):
    code = ev["code"]
    assert p["cameo"]["code"] == code
    if code.startswith("01"):
        assert p["event_type"] is None, f"{code}: {p['event_type']}"
    else:
        assert p["event_type"] in types, f"{code}: {p['event_type']}"
    assert isinstance(p["context"], list) and isinstance(p["mode"], str)
    assert p["modality"] == ev["mode"]
    assert p["actor1"]["code"] == ev["source"]
    assert (p["actor2"] is None) == (ev["target"] == "")
    assert p["location"] == {k: ev["location"][k] for k in p["location"]}
    assert p["text"] == ev["text"]
first = recs[0]
assert first["cameo"]["code"] == "0256" and first["event_type"] == "REQUEST", first
EOF

check "bad --format is a usage error" bash -c '"$0" code --format xml /dev/null; [ $? -eq 2 ]' "$tocsin"
check "data/fips.txt covers data/countries.txt" bash -c \
    'comm -23 <(grep -v "^#" "$0/data/countries.txt" | grep . | cut -f1 | sort) \
              <(grep -v "^#" "$0/data/fips.txt" | grep . | cut -f1 | sort) | grep -vx UMI | (! grep .)' "$src"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
