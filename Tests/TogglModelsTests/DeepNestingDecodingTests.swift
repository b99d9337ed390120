import Foundation
import Testing
import TogglModels

/// Nesting far deeper than any fuzz round reaches, in every place a model can hold it: it throws
/// (or decodes), never overflows the stack.
struct DeepNestingDecodingTests {
    static func nested(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }

    @Test(arguments: [1_000, 100_000])
    func deeplyNestedValuesThrowOrDecode(depth: Int) {
        let deep = Self.nested(depth)
        let bodies = [
            deep,
            #"{"id":1,"recurring_parameters":\#(deep)}"#,
            #"{"id":1,"workspace_id":2,"shared_with":\#(deep)}"#,
            #"[{"id":1,"tags":\#(deep)}]"#,
        ]
        for body in bodies {
            let data = Data(body.utf8)
            _ = try? TogglJSON.makeDecoder().decode(JSONValue.self, from: data)
            _ = try? TogglJSON.makeDecoder().decode(Project.self, from: data)
            _ = try? TogglJSON.makeDecoder().decode(TimeEntry.self, from: data)
            _ = try? TogglJSON.makeDecoder().decode([TimeEntry].self, from: data)
        }
    }
}
