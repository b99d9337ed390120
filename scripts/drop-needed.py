#!/usr/bin/env python3
"""Removes one DT_NEEDED entry from an ELF64 little-endian executable, in place.

Usage: scripts/drop-needed.py BINARY LIBRARY   (e.g. toggl-tui libcurl.so.4)

For the statically linked toggl-tui (-static-stdlib): its CCurlLazy target defines every
libcurl function FoundationNetworking calls and loads libcurl.so.4 with dlopen on the first
request, so nothing binds to libcurl at start, yet the linker still records it as needed (the
toolchain adds -lcurl after every user flag, so --as-needed cannot reach it). Dropping the entry
keeps `status` (no request) from loading libcurl and the ~30 libraries behind it. The script
refuses when any undefined dynamic symbol could still come from LIBRARY (one named curl_*).
Like `patchelf --remove-needed`, without needing patchelf.
"""
import struct
import sys


def main(path, library):
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            sys.exit(f"{path}: not a 64-bit little-endian ELF file")
        (shoff,) = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
        sections = []
        for i in range(shnum):
            base = shoff + i * shentsize
            name, kind, _, _, offset, size, link, _, _, entsize = struct.unpack_from("<IIQQQQIIQQ", data, base)
            sections.append((kind, offset, size, link, entsize))
        dynamic = [s for s in sections if s[0] == 6]  # SHT_DYNAMIC
        dynsym = [s for s in sections if s[0] == 11]  # SHT_DYNSYM
        if not dynamic or not dynsym:
            sys.exit(f"{path}: no dynamic section")
        _, dyn_offset, dyn_size, dyn_link, _ = dynamic[0]
        strtab = sections[dyn_link]
        def string(offset):
            start = strtab[1] + offset
            return data[start:data.index(b"\0", start)].decode()
        # Refuse while an undefined symbol named curl_* remains (it would need the library).
        _, sym_offset, sym_size, _, sym_entsize = dynsym[0]
        for i in range(sym_size // sym_entsize):
            name, info, other, shndx, value, size = struct.unpack_from("<IBBHQQ", data, sym_offset + i * sym_entsize)
            if shndx == 0 and name and string(name).startswith("curl_"):
                sys.exit(f"{path}: {string(name)} is still undefined; not dropping {library}")
        entries = [struct.unpack_from("<qQ", data, dyn_offset + i * 16) for i in range(dyn_size // 16)]
        kept = [e for e in entries if not (e[0] == 1 and string(e[1]) == library)]  # DT_NEEDED
        if len(kept) == len(entries):
            print(f"{path}: does not need {library}")
            return
        kept += [(0, 0)] * (len(entries) - len(kept))  # DT_NULL padding
        for i, (tag, value) in enumerate(kept):
            struct.pack_into("<qQ", data, dyn_offset + i * 16, tag, value)
        f.seek(0)
        f.write(data)
        print(f"{path}: no longer needs {library}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
