#!/usr/bin/env python3
"""Draws the app's icons into static/: icon.svg and the same picture as icon-192.png and
icon-512.png (standard library only: the PNGs are written by hand with zlib). The icons are
committed; run this again only to change them. Usage: scripts/make-icons.py [DIR]

The picture: three rising bars (a cost estimate) in white on the app's accent colour
(--accent in style/app.css) in a rounded square, kept inside the middle 80 % so that
platforms that cut icons into circles keep all of it.
"""
import math, os, struct, sys, zlib

ACCENT = (0x0B, 0x6E, 0x4F)
SOFT = (0xE3, 0xF4, 0xEC)  # --accent-soft
SIZE, RADIUS = 512, 96
# (x, y, width, height, colour) on a 512 grid
BARS = [(120, 292, 72, 100, SOFT), (220, 212, 72, 180, SOFT), (320, 132, 72, 260, (255, 255, 255))]


def svg():
    bars = "".join(
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="8" fill="#{c[0]:02x}{c[1]:02x}{c[2]:02x}"/>'
        for x, y, w, h, c in BARS)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">'
            f'<rect width="{SIZE}" height="{SIZE}" rx="{RADIUS}" fill="#0b6e4f"/>{bars}</svg>\n')


def rounded_rect_distance(px, py, x, y, w, h, r):
    """Signed distance from a point to a rounded rectangle (negative inside)."""
    cx, cy = x + w / 2, y + h / 2
    qx, qy = abs(px - cx) - (w / 2 - r), abs(py - cy) - (h / 2 - r)
    outside = math.hypot(max(qx, 0), max(qy, 0))
    return outside + min(max(qx, qy), 0) - r


def png(size):
    scale = SIZE / size
    rows = []
    for j in range(size):
        row = bytearray([0])  # filter: none
        for i in range(size):
            px, py = (i + 0.5) * scale, (j + 0.5) * scale
            # coverage from the signed distance, one output pixel wide
            cover = min(max(0.5 - rounded_rect_distance(px, py, 0, 0, SIZE, SIZE, RADIUS) / scale, 0), 1)
            colour = ACCENT
            for x, y, w, h, c in BARS:
                a = min(max(0.5 - rounded_rect_distance(px, py, x, y, w, h, 8) / scale, 0), 1)
                if a > 0:
                    colour = tuple(round(c[k] * a + colour[k] * (1 - a)) for k in range(3))
            row += bytes(colour) + bytes([round(255 * cover)])
        rows.append(bytes(row))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "static")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "icon.svg"), "w") as f:
        f.write(svg())
    for size in (192, 512):
        with open(os.path.join(out, f"icon-{size}.png"), "wb") as f:
            f.write(png(size))


if __name__ == "__main__":
    main()
