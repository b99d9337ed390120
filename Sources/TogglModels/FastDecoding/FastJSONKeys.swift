#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The keys a ``FastJSONReader`` object reader knows, as bytes, with the field each names.
///
/// Store files are written with sorted keys, and the keys here are sorted too, so a look-up
/// starts just after the previous key of the object and usually matches at once.
package struct FastJSONKeys<Field: RawRepresentable & CaseIterable & Sendable>: Sendable where Field.RawValue == String {
    /// The fields, in the order of ``names`` (byte order of their keys).
    package let fields: [Field]
    private let names: [[UInt8]]

    package init() {
        let sorted = Field.allCases.map { (field: $0, name: Array($0.rawValue.utf8)) }
            .sorted { $0.name.lexicographicallyPrecedes($1.name) }
        fields = sorted.map(\.field)
        names = sorted.map(\.name)
        // A reader tracks the keys seen in a 64-bit mask.
        assert(fields.count <= 64, "at most 64 keys per object")
    }

    /// The index of the field named `key`, nil for a key not known. The search starts at
    /// `hint` (the index after the previous match), which is then moved past this one.
    package func index(of key: UnsafeBufferPointer<UInt8>, hint: inout Int) -> Int? {
        let count = names.count
        guard count > 0 else { return nil }
        var index = hint < count ? hint : 0
        for _ in 0..<count {
            let name = names[index]
            if name.count == key.count, name.withUnsafeBufferPointer({ Self.equal($0, key) }) {
                hint = index + 1
                return index
            }
            index = index + 1 == count ? 0 : index + 1
        }
        return nil
    }

    /// Whether two buffers of the same length hold the same bytes.
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let x = a.baseAddress, let y = b.baseAddress else { return a.count == b.count }
        return memcmp(x, y, a.count) == 0
    }
}
