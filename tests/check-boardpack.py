#!/usr/bin/python3
# check-boardpack.py XLSX PDF REFS: reads the example plan's board pack back and
# checks it as a person (and Excel, and a PDF reader) would see it.
# Run by test-boardpack with Debian's own /usr/bin/python3 (python3-openpyxl,
# poppler-utils). Exits 1 naming the first thing that is wrong.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import re
import subprocess
import sys

import openpyxl

FORMULA_TEXTS = ["=SUM(A1)", "+44 7700", "@user", "-5 days late"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def font_colour(cell):
    colour = cell.font.color
    return (colour.rgb if colour is not None and isinstance(colour.rgb, str) else "")[-6:].upper()


def fill_of(cell):
    if cell.fill is None or cell.fill.fill_type != "solid":
        return None
    return (cell.fill.fgColor.rgb or "")[-6:].upper()


def check_xlsx(path):
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    for name in ["Cover", "Key", "Summary", "BRAG on a page", "Exceptions", "Scorecard",
                 "Outcomes", "Development", "Governance"]:
        check(name in names, f"sheet {name!r} missing: {names}")

    for ws in wb.worksheets:
        ps = ws.page_setup
        check(ps.orientation == "landscape", f"{ws.title}: not landscape")
        check(str(ps.paperSize) == "9", f"{ws.title}: paper is not A4 ({ps.paperSize})")
        check(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage,
              f"{ws.title}: not fitted to page")
        check(ps.fitToWidth in (None, 1, "1"), f"{ws.title}: not one page wide ({ps.fitToWidth})")
        check(str(ps.fitToHeight) == "0", f"{ws.title}: height not free ({ps.fitToHeight})")
        check("Rotherham" in (ws.oddHeader.left.text or ""), f"{ws.title}: header lacks the plan")
        check("May 23" in (ws.oddHeader.right.text or ""), f"{ws.title}: header lacks the period")
        check("&P" in (ws.oddFooter.right.text or "") and "&N" in (ws.oddFooter.right.text or ""),
              f"{ws.title}: footer lacks page x of y")
        if ws.title != "Cover":
            check(ws.print_title_rows, f"{ws.title}: no repeated header rows")
            check(ws.freeze_panes is not None, f"{ws.title}: header not frozen")
            check(ws.auto_filter.ref, f"{ws.title}: no autofilter")
        check(ws["A1"].font.b, f"{ws.title}: title not bold")

    # Summary: numbers as numbers, percentages with a percent format.
    ws = wb["Summary"]
    overall = None
    for row in ws.iter_rows(min_row=1, max_row=20):
        if row[0].value == "Overall":
            overall = row
            break
    check(overall is not None, "Summary: no Overall row")
    if overall:
        check(overall[3].value == 75, f"Summary: actions {overall[3].value!r}, not 75")
        check(overall[4].value == 52, f"Summary: blue {overall[4].value!r}, not 52")
        check(abs(overall[5].value - 0.693) < 1e-9, f"Summary: blue share {overall[5].value!r}, not 0.693")
        check(overall[5].number_format == "0.0%", f"Summary: percent format {overall[5].number_format!r}")
        check(overall[9].value == 0.013, f"Summary: amber share {overall[9].value!r}, not 0.013")
        check(overall[2].value == 23, "Summary: sub-actions not 23")
    check(len(ws._charts) >= 1, "Summary: no native progress chart")
    # The two header rows: titles over both rows merged, the statuses over two columns each
    # (the workbook writes rows in order, so the merges are made after both rows).
    merged = {str(m) for m in ws.merged_cells.ranges}
    for ref, title in [("A3:A4", "Ref"), ("B3:B4", "Priority area"), ("D3:D4", "Actions"),
                       ("O3:O4", "Not rated"), ("P3:P4", "Overdue"), ("E3:F3", "Action complete")]:
        check(ref in merged, f"Summary: {ref} not merged: {sorted(merged)}")
        check(ws[ref.split(":")[0]].value == title, f"Summary: {ref} shows {ws[ref.split(':')[0]].value!r}, not {title!r}")
    check(ws["E4"].value == "Quantity" and ws["F4"].value == "Percentage", "Summary: second header row")
    header_fills = [fill_of(c) for c in ws[3] if fill_of(c)]
    check("0070C0" in header_fills, f"Summary: blue header not filled: {header_fills}")

    # BRAG on a page: every action, ratings as letters filled with the colour,
    # target months as dates.
    ws = wb["BRAG on a page"]
    refs = {}
    for row in ws.iter_rows(min_row=4):
        ref = row[0].value
        if isinstance(ref, str) and ref.count(".") == 2:
            refs[ref] = row
    check(len(refs) == 75, f"BRAG on a page: {len(refs)} actions, not 75")
    row = refs.get("1.1.4")
    if row:
        check(isinstance(row[2].value, datetime.datetime) and row[2].value.year == 2022
              and row[2].value.month == 12, f"1.1.4 target {row[2].value!r} is not Dec 2022 as a date")
        check(row[2].number_format == "mmm-yy", f"1.1.4 target format {row[2].number_format!r}")
        check(row[3].value == "G" and fill_of(row[3]) == "00B050", f"1.1.4 previous {row[3].value!r} {fill_of(row[3])}")
        check(row[4].value == "B" and fill_of(row[4]) == "0070C0", f"1.1.4 current {row[4].value!r} {fill_of(row[4])}")
        check(font_colour(row[4]) == "FFFFFF", "blue cell text is not white")
    row = refs.get("1.3.3")
    if row:
        check(row[4].value == "A" and fill_of(row[4]) == "FFC000", f"1.3.3 current {row[4].value!r}")
        check(font_colour(row[4]) == "000000", "amber cell text is not black")
    texts = [r[1].value for r in refs.values()]
    for text in FORMULA_TEXTS:
        check(text in texts, f"BRAG on a page: {text!r} not kept as text")
    for r in refs.values():
        check(r[1].data_type == "s", f"{r[0].value}: action text stored as {r[1].data_type}")

    # Exceptions: amber, red and overdue, with commentary.
    ws = wb["Exceptions"]
    exc = {row[0].value: row for row in ws.iter_rows(min_row=4) if row[0].value}
    check("1.3.3" in exc, f"Exceptions: 1.3.3 (amber) missing: {list(exc)}")
    if "1.3.3" in exc:
        check("annual review" in (exc["1.3.3"][7].value or ""), "Exceptions: 1.3.3 commentary missing")
    check("2.1.3" in exc and exc["2.1.3"][6].value == "Overdue", "Exceptions: overdue 2.1.3 missing")
    check(exc.get("=SUM(A1)") is None, "Exceptions: text became a ref")

    # Scorecard: percentages as percentages, RAG letters filled with their colour.
    ws = wb["Scorecard"]
    n_percent = n_rag = 0
    for row in ws.iter_rows(min_row=4):
        if row[2].value == "percent" and isinstance(row[7].value, float):
            n_percent += 1
            check(row[7].number_format == "0.0%" and 0 <= row[7].value <= 1,
                  f"Scorecard {row[0].value}: latest {row[7].value!r} {row[7].number_format!r}")
        if row[9].value in ("G", "A", "R"):
            n_rag += 1
            check(fill_of(row[9]) in ("00B050", "FFC000", "FF0000"), f"Scorecard {row[0].value}: RAG not filled")
    check(n_percent > 0 and n_rag > 0, f"Scorecard: {n_percent} percentages, {n_rag} RAG ratings")

    # The cover keeps formula-looking titles as text too.
    ws = wb["Governance"]
    check(any(r[0].value == "SEND Strategic Board" for r in ws.iter_rows(min_row=4)),
          "Governance: SEND Strategic Board missing")


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def check_pdf(path):
    info = run("pdfinfo", path)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    check(pages >= 8, f"PDF: only {pages} pages")
    check(abs(float(size.group(1)) - 842) < 1 and abs(float(size.group(2)) - 595) < 1,
          f"PDF: page size {size.group(0)} is not A4 landscape")
    check(re.search(r"^Title:\s+Rotherham Local Area SEND Written Statement of Action$", info, re.M),
          "PDF: title metadata")
    check(re.search(r"^Subject:\s+.*May 23", info, re.M), "PDF: subject metadata")
    check(re.search(r"^Author:\s+Test Analyst$", info, re.M), "PDF: author metadata")
    check(re.search(r"^Creator:\s+SEND Tracker", info, re.M), "PDF: creator metadata")

    fonts = run("pdffonts", path)
    for line in fonts.splitlines()[2:]:
        check(" yes " in line, f"PDF: font not embedded: {line}")

    for page in range(1, pages + 1):
        text = run("pdftotext", "-f", str(page), "-l", str(page), "-layout", path, "-")
        check(f"Page {page} of {pages}" in text, f"PDF page {page}: no 'Page {page} of {pages}'")
        check("Rotherham Local Area SEND Written Statement of Action" in text, f"PDF page {page}: no plan title")
        check("May 23" in text, f"PDF page {page}: no period")

    text = run("pdftotext", "-layout", path, "-")
    check(re.search(r"Action complete\s+52\s+69\.3%", text), "PDF: summary 52 / 69.3% missing")
    check("1.3%" in text, "PDF: 1.3% missing")
    flat = run("pdftotext", "-raw", path, "-")
    with open(sys.argv[3], encoding="utf-8") as f:
        refs = f.read().split()
    check(len(refs) == 75, f"the plan has {len(refs)} actions, not 75")
    for ref in refs:
        check(re.search(r"(^|\s)" + re.escape(ref) + r"\s", flat), f"PDF: action {ref} missing")
    n_refs = len(set(re.findall(r"(?m)^([1-4]\.\d+\.\d+)\s", flat)))
    check(n_refs == 75, f"PDF: {n_refs} distinct action refs, not 75")
    for t in FORMULA_TEXTS:
        check(t in flat, f"PDF: {t!r} missing")


def main():
    check_xlsx(sys.argv[1])
    check_pdf(sys.argv[2])
    for f in failures:
        print("FAIL:", f)
    if failures:
        sys.exit(1)
    print("ok")


main()
