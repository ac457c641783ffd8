"""Draws the add-in's icons (a page with numbered lines on Office blue) as PNGs, without any image library.

Run once; the PNGs in assets/ are committed. python3 scripts/make-icons.py
"""
import struct, zlib, pathlib

BLUE = (0x1F, 0x4E, 0x8C, 255)
WHITE = (255, 255, 255, 255)
LINE = (0x1F, 0x4E, 0x8C, 255)
ACCENT = (0xC8, 0x10, 0x2E, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x, y, n):
    u, v = x / n, y / n
    r = 0.18
    # rounded blue tile
    cx = min(max(u, r), 1 - r)
    cy = min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return CLEAR
    # white page
    if 0.24 <= u <= 0.76 and 0.14 <= v <= 0.86:
        for i, top in enumerate((0.28, 0.44, 0.60)):
            if top <= v <= top + 0.07:
                if 0.32 <= u <= 0.40:
                    return ACCENT  # the number
                if 0.45 <= u <= 0.68 - (0.08 if i == 2 else 0):
                    return LINE
        return WHITE
    return BLUE


def png(n):
    raw = b"".join(b"\x00" + b"".join(struct.pack("4B", *pixel(x + 0.5, y + 0.5, n)) for x in range(n)) for y in range(n))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


out = pathlib.Path(__file__).resolve().parent.parent / "assets"
out.mkdir(exist_ok=True)
for size in (16, 32, 64, 80, 128):
    (out / f"icon-{size}.png").write_bytes(png(size))
print("icons written to", out)
