#!/usr/bin/env bash
# Renders the raster icons each platform's packaging needs from the one source, salesbuddy.svg, and writes them
# beside it. The results are committed, so building and packaging need none of these tools; run this again after
# changing the SVG and commit what it writes.
#   png/salesbuddy-N.png  the freedesktop hicolor sizes (Linux packages install them by size)
#   salesbuddy.ico        the Windows executable and installer icon
#   salesbuddy.icns       the macOS bundle icon
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert icotool png2icns; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "generate-icons: $tool is missing; apt-get install librsvg2-bin icoutils icnsutils" >&2
        exit 1
    fi
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --format png --output "png/salesbuddy-$size.png" salesbuddy.svg
done

# Windows picks the nearest size for each place it shows an icon (title bar 16/24, taskbar 32/48, Explorer up
# to 256). The 256 one is stored as PNG, which every Windows since Vista reads, to keep the file small.
icotool --create --output salesbuddy.ico \
    png/salesbuddy-16.png png/salesbuddy-24.png png/salesbuddy-32.png png/salesbuddy-48.png \
    png/salesbuddy-64.png --raw=png/salesbuddy-256.png

# png2icns stores each size under the ICNS type made for it (ic07 128 … ic10 1024); 24 and 64 have none.
png2icns salesbuddy.icns \
    png/salesbuddy-16.png png/salesbuddy-32.png png/salesbuddy-48.png png/salesbuddy-128.png \
    png/salesbuddy-256.png png/salesbuddy-512.png png/salesbuddy-1024.png >/dev/null

echo "generate-icons: wrote png/, salesbuddy.ico and salesbuddy.icns from salesbuddy.svg"
