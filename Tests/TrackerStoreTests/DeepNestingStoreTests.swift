import Foundation
import Testing
import TogglModels
@testable import TrackerStore

/// Nesting far deeper than any fuzz round reaches, in a store file: both readers give up
/// without overflowing the stack, and the file is set aside.
struct DeepNestingStoreTests {
    @Test(arguments: [1_000, 100_000])
    func deeplyNestedStoreFilesAreSetAside(depth: Int) throws {
        let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let payload = #"{"projects":[{"id":1,"recurring_parameters":\#(deep)}]}"#
        let data = Data(FuzzStoreReaderTests.envelope(payload).utf8)
        #expect(FuzzStoreReaderTests.file(CatalogSnapshot.self).fastRead(data) == nil)
        try withTemporaryFolder { folder in
            let file = VersionedFile<CatalogSnapshot>(path: folder + "/catalog.json", format: "test.payload", version: 1, label: "the catalog")
            try data.write(to: URL(fileURLWithPath: file.path))
            let loaded = file.load(now: fixedNow)
            #expect((loaded.payload == nil) == (loaded.issue != nil))
        }
    }
}
