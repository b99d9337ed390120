/// A time entry's seldom-read fields, kept out of line by ``TimeEntry`` (see its `extras`).
struct TimeEntryExtras: Sendable, Hashable {
    var permissions: [String]?
    var expenseIDs: [Int64]?
    var sharedWith: [TimeEntry.SharedWith]?
    var clientID: Int64?
    var clientName: String?
    var projectName: String?
    var projectColor: String?
    var projectActive: Bool?
    var projectBillable: Bool?
    var taskName: String?
    var userName: String?
    var userAvatarURL: String?
}
