import TogglAPI
import TrackerCore

/// Reads the config's `[goals]` section into ``TrackerCore/Goal``s; a line that is not a goal is
/// an error naming the file and line.
public enum GoalsConfig {
    /// The goals `config` states, in the file's order.
    /// - Throws: ``CLIError`` (usage) naming `file:line`.
    public static func read(_ config: TogglConfig) throws -> [Goal] {
        let document = config.document
        var goals: [Goal] = []
        for key in document.keys(inSection: TogglConfig.goalsSection) {
            let value = document.value(section: TogglConfig.goalsSection, key: key) ?? ""
            do {
                goals.append(try Goal.parse(key: key, value: value))
            } catch {
                let place = document.lineNumber(section: TogglConfig.goalsSection, key: key)
                    .map { "\(document.fileName):\($0)" } ?? document.fileName
                throw CLIError.usage("\(place): \(error.description)")
            }
        }
        return goals
    }
}
