#!/usr/bin/env python3
"""Draws the app's icons (web/static/icon-192.png, icon-512.png) after web/static/icon.svg:
a notebook on the app's green. Standard library only; run again after changing the design."""
import struct
import zlib
from pathlib import Path

GREEN, WHITE, SPINE = (0x1F, 0x6F, 0x5C), (0xFF, 0xFF, 0xFF), (0xCF, 0xE6, 0xDF)


def inside_rounded(x, y, left, top, width, height, radius):
    if not (left <= x < left + width and top <= y < top + height):
        return False
    cx = min(max(x, left + radius), left + width - radius)
    cy = min(max(y, top + radius), top + height - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour(x, y):
    """The colour at (x, y) in the SVG's 512-unit square; None outside the rounded square."""
    if not inside_rounded(x, y, 0, 0, 512, 512, 96):
        return None
    for line_y, line_end in ((176, 336), (232, 336), (288, 296)):
        if inside_rounded(x, y, 204, line_y - 12, line_end - 192, 24, 12):
            return GREEN
    if inside_rounded(x, y, 136, 96, 44, 320, 12):
        return SPINE
    if inside_rounded(x, y, 136, 96, 240, 320, 24):
        return WHITE
    return GREEN


def png(size):
    scale = 512 / size
    rows = bytearray()
    for row in range(size):
        rows.append(0)
        for column in range(size):
            # Four samples per pixel for smooth edges.
            samples = [colour((column + dx) * scale, (row + dy) * scale)
                       for dx in (0.25, 0.75) for dy in (0.25, 0.75)]
            painted = [s for s in samples if s is not None]
            alpha = 255 * len(painted) // 4
            rgb = [sum(s[i] for s in painted) // len(painted) if painted else 0 for i in range(3)]
            rows.extend((*rgb, alpha))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    folder = Path(__file__).resolve().parent.parent / "web" / "static"
    for size in (192, 512):
        (folder / f"icon-{size}.png").write_bytes(png(size))
