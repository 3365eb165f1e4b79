#!/bin/sh
# make-seeds.sh DIR CLI: writes the seed corpora of the fuzz targets into
# DIR/plan, DIR/month, DIR/status, DIR/refs, DIR/csv and DIR/xlsx. Plans and
# the XLSX seed are made by CLI (send-tracker-cli); no binary is checked in.
set -eu

dir=$1
cli=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
mkdir -p "$dir"
cd "$dir"
rm -rf plan month status refs csv xlsx work
mkdir -p plan month status refs csv xlsx work

# Plans, rewritten with 512-byte pages so that they are small inputs.
small () {
  sqlite3 "$1" 'PRAGMA page_size = 512; VACUUM;'
  cp "$1" "plan/$(basename "$1")"
}
"$cli" new work/example.sendplan --example
"$cli" new work/empty.sendplan --title "Empty plan"
"$cli" generate work/tiny.sendplan --areas 1 --actions 3 --measures 2 --months 3 --periods 2 --seed 1
"$cli" export work/example.sendplan --xlsx xlsx/board-pack.xlsx
small work/example.sendplan
small work/empty.sendplan
small work/tiny.sendplan
head -c 1024 plan/empty.sendplan > plan/truncated.sendplan

seed () {   # seed DIR NAME TEXT
  printf '%s' "$3" > "$1/$2"
}
n=0
for m in "Jul-22" "2022-07" "July 2022" "07/2022" "7/22" "Sept 23" "Jan 2023" "2022-13" "May 23" " Dec-99 "; do
  n=$((n + 1)); seed month "$n" "$m"
done
n=0
for s in B G A R N Blue green "Action complete" "Action on track" "Action in progress with some concerns" \
         "Action at significant risk / no progress" "Not due to start" "Action complete (B)" "grey" none; do
  n=$((n + 1)); seed status "$n" "$s"
done
n=0
for r in "1.1, Insight" "2.8, 2.9," "1.1 and Insight; 3" "" "Insight" " 4.2 ;5.1 and and 6"; do
  n=$((n + 1)); seed refs "$n" "$r"
done

cat > csv/actions.csv <<'CSV'
Priority area,Sub-action,Ref,Action,Target date,Owner,Scorecard ref,Evidence,May 23 BRAG,May 23 commentary
1,1.1,1.1.1,Integrate EHCP and SEND into full CYPS framework,Jul-22,Head of SEND,"1.1, Insight",Y,B,"Done, signed off"
1,1.1,1.1.9,A new action,2023-09,Someone,,N,Amber,"Slipped ""a bit"""
CSV
cat > csv/measures.csv <<'CSV'
Ref;Measure;Unit;Polarity;Baseline;Target;Tolerance
1.1;EHCPs issued within 20 weeks;%;higher;45;60;5
1.2;Number of tribunals;number;lower;12;8;1
CSV
printf 'Measure\tJan-23\tFeb-23\tMar-23\n1.1\t50\t52.5\t\n1.2\t11\t10\t9\n' > csv/values-wide.tsv
printf 'Measure,Month,Value,Note\n1.1,2023-01,50,first\n1.1,2023-02,250,too high\n' > csv/values-long.csv
printf '\357\273\277Ref,Action\n1.1.1,caf\303\251\n' > csv/utf8-bom.csv
printf '\377\376R\000e\000f\000,\000A\000\n\0001\000,\0002\000\n\000' > csv/utf16.csv
printf 'Ref,Action\n1.1.1,caf\351 cr\350me\n' > csv/cp1252.csv
rm -rf work
