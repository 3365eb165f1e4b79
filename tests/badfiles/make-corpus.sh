#!/bin/sh
# make-corpus.sh DIR CLI: writes the corpus of bad plan files into DIR.
#
# Every file is made here, from a good plan made by CLI (send-tracker-cli)
# and the sqlite3 tool, so no binary is checked in. The names say what is
# wrong; tests/test-badcorpus.c knows what each must do. The same bytes come
# out every time (no /dev/urandom).
set -eu

dir=$1
cli=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
mkdir -p "$dir"
cd "$dir"
rm -rf ./*.sendplan ./*.sendplan-journal folder.sendplan

"$cli" new good.sendplan --example

page_size=$(sqlite3 good.sendplan 'PRAGMA page_size')
pages=$(sqlite3 good.sendplan 'PRAGMA page_count')

# Deterministic pseudo-random bytes: COUNT bytes from SEED.
noise () {
  LC_ALL=C awk -v n="$1" -v seed="$2" 'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%c", int(rand() * 256) }'
}

# Overwrites COUNT bytes at OFFSET of FILE with noise from SEED.
scribble () {
  noise "$3" "$4" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

# missing.sendplan: deliberately not made.
: > empty.sendplan
noise 8192 1 > random.sendplan
# Random bytes behind a correct SQLite header line.
{ printf 'SQLite format 3\000'; noise 8176 2; } > random-with-header.sendplan
cat > text.sendplan <<'TEXT'
Area,Ref,Action,Target,Status
1,1.1.1,Integrate EHCP and SEND into full CYPS framework,Jul-22,B
TEXT
# Not even a full header.
head -c 60 good.sendplan > header-only.sendplan
# Cut at a page boundary, and in the middle of a page.
head -c $(( page_size * (pages / 2) )) good.sendplan > truncated.sendplan
head -c $(( page_size * (pages / 2) + 1000 )) good.sendplan > truncated-mid-page.sendplan

# Damage in several pages: the b-tree page headers (cell counts, pointers)
# and cell pointer arrays of pages 2, 4, 6…, as a bad disk or a botched copy
# would leave them.
cp good.sendplan flipped-headers.sendplan
p=2
while [ "$p" -le "$pages" ]; do
  scribble flipped-headers.sendplan $(( (p - 1) * page_size + 1 )) 7 "$p"
  p=$(( p + 2 ))
done
# Damage in the middle of several pages (cell contents, free space).
cp good.sendplan flipped-middle.sendplan
p=3
while [ "$p" -le "$pages" ]; do
  scribble flipped-middle.sendplan $(( (p - 1) * page_size + page_size / 2 )) 64 "$(( p + 100 ))"
  p=$(( p + 3 ))
done
# The text of the schema: the CREATE statement of a table.
cp good.sendplan flipped-schema.sendplan
at=$(grep -obUa 'CREATE TABLE action' good.sendplan | head -n 1 | cut -d: -f1)
scribble flipped-schema.sendplan $(( at + 20 )) 40 7
# Free space of the first page (an interior page of the schema): harmless,
# the plan must still open and pass its check.
cp good.sendplan flipped-free-space.sendplan
scribble flipped-free-space.sendplan $(( page_size - 400 )) 200 8

# An SQLite database of another program.
sqlite3 other-program.sendplan "CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('A', '1');"
# Our application id but not our tables.
sqlite3 missing-tables.sendplan "PRAGMA application_id = $(( 0x53454E44 )); PRAGMA user_version = 1; CREATE TABLE plan (id INTEGER PRIMARY KEY, title TEXT);"
# Made by a newer version.
cp good.sendplan newer.sendplan
sqlite3 newer.sendplan "PRAGMA user_version = 99"
# Created, but never finished (user_version still 0).
cp good.sendplan unfinished.sendplan
sqlite3 unfinished.sendplan "PRAGMA user_version = 0"

# Marked read-only: opens, but refuses edits.
cp good.sendplan read-only.sendplan
chmod 0444 read-only.sendplan

# Copied for the lock test, which holds the lock itself.
cp good.sendplan locked.sendplan

mkdir -p folder.sendplan
