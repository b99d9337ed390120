#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension VersionedFile {
    /// The envelope's keys.
    enum EnvelopeField: String, CaseIterable, Sendable {
        case format, payload
        case savedAt = "saved_at"
        case version
    }

    /// The payload and `saved_at` of a file of this format and version, read by
    /// ``FastJSONReader``; nil when the payload has no fast reader or the reader bailed (the
    /// file is then decoded with `JSONDecoder`, which also judges what is wrong with it).
    func fastRead(_ data: Data) -> (payload: Payload, savedAt: Date?)? {
        guard let readable = Payload.self as? any FastJSONReadable.Type else { return nil }
        return data.withUnsafeBytes { raw -> (payload: Payload, savedAt: Date?)? in
            var reader = FastJSONReader(bytes: raw.bindMemory(to: UInt8.self))
            do {
                var payload: Payload?
                var savedAt: Date?
                var foundFormat: String?
                var foundVersion: Int?
                var fields = try reader.beginObject(FastJSONKeys<EnvelopeField>())
                while let field = try reader.nextField(&fields) {
                    switch field {
                    case .format: foundFormat = try reader.readString()
                    case .version: foundVersion = try reader.readInt()
                    case .savedAt: savedAt = try reader.readDateLeniently()
                    case .payload: payload = try readable.read(from: &reader) as? Payload
                    }
                }
                guard reader.isAtEnd(), foundFormat == format, foundVersion == version, let payload else { return nil }
                return (payload, savedAt)
            } catch {
                return nil
            }
        }
    }
}
