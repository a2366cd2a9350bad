"""Small hand-written PDFs for docs/fault-cases: many pages sharing one content stream, and a page-tree bomb."""

import sys


def write_pdf(objs, root=1):
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, root, x)
    return bytes(out)


def many_pages(n):
    # 1 catalog, 2 pages, 3 font, 4 content, 5.. pages
    content = b"BT /F1 12 Tf 72 720 Td (Jane Smith was appointed chair of Northmoor Valley NHS Trust.) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(n)) + b"] /Count %d >>" % n,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    for _ in range(n):
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
        )
    return write_pdf(objs)


def tree_bomb(depth, fan):
    # each level's node lists the next level's node `fan` times: fan**depth pages in a few KB
    content = b"BT /F1 12 Tf 72 720 Td (Jane Smith was appointed chair.) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 3 0 R >>", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    # nodes 3 .. 3+depth-1 are Pages; 3+depth is the leaf page; 4+depth the content
    for level in range(depth):
        me, child = 3 + level, 4 + level
        parent = b"" if level == 0 else b" /Parent %d 0 R" % (me - 1)
        objs.append(
            b"<< /Type /Pages"
            + parent
            + b" /Kids ["
            + b" ".join([b"%d 0 R" % child] * fan)
            + b"] /Count %d >>" % fan ** (depth - level)
        )
    leaf = 3 + depth
    objs.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 2 0 R >> >> /Contents %d 0 R >>"
        % (leaf - 1, leaf + 1)
    )
    objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return write_pdf(objs)


if __name__ == "__main__":
    kind, out = sys.argv[1], sys.argv[2]
    if kind == "pages":
        data = many_pages(int(sys.argv[3]))
    else:
        data = tree_bomb(int(sys.argv[3]), int(sys.argv[4]))
    open(out, "wb").write(data)
    print(out, len(data), "bytes")
