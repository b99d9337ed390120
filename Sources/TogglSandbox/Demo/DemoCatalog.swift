/// The fixed cast of the demo account: clients, projects with their tasks and typical entry
/// descriptions, and tags. Descriptions read like real work and include accented, CJK and emoji
/// text so wide-character rendering gets exercised.
enum DemoCatalog {
    struct Client {
        var name: String
        var notes: String
    }

    /// What an entry on a project may say, and the tags it usually carries.
    struct Activity {
        var description: String
        var tags: [String]

        init(_ description: String, _ tags: [String] = []) {
            self.description = description
            self.tags = tags
        }
    }

    struct Project {
        var name: String
        /// Index into ``northwindClients``, or nil.
        var client: Int?
        var color: String
        var billable: Bool
        var rate: Double?
        var active: Bool
        /// How often it is worked on, relative to the others.
        var weight: Double
        var tasks: [String]
        var activities: [Activity]

        init(_ name: String, client: Int? = nil, color: String, billable: Bool = false, rate: Double? = nil,
             active: Bool = true, weight: Double, tasks: [String] = [], _ activities: [Activity]) {
            self.name = name
            self.client = client
            self.color = color
            self.billable = billable
            self.rate = rate
            self.active = active
            self.weight = weight
            self.tasks = tasks
            self.activities = activities
        }
    }

    static let northwindClients: [Client] = [
        Client(name: "Acme Corp", notes: "Retainer since 2022. Invoice monthly to accounts@acme.example."),
        Client(name: "Globex", notes: "Mobile app rebuild; demo every Thursday at 16:00."),
        Client(name: "Initech", notes: "API migration off the mainframe. Ask for Bill before touching TPS."),
        Client(name: "Umbrella Health", notes: "Health data: never use real patient records in demos."),
        Client(name: "Stark Industries", notes: "Fixed-fee audit engagement, reports due each quarter."),
        Client(name: "Open Source", notes: "Community work, not billable."),
    ]

    static let northwindTags = ["meeting", "deep-work", "bug", "review", "call", "planning", "writing", "ops",
                                "urgent", "learning"]
    static let personalTags = ["learning", "errands"]

    static let northwindProjects: [Project] = [
        Project("Website Redesign", client: 0, color: "#06a893", billable: true, rate: 95, weight: 5,
                tasks: ["Wireframes", "Visual design", "Frontend build"], [
                    Activity("Wireframes for the pricing page", ["planning"]),
                    Activity("Homepage hero iterations"),
                    Activity("Fix responsive nav on Safari", ["bug"]),
                    Activity("Design review with Acme", ["meeting", "review"]),
                    Activity("Café 会议 notes ☕", ["meeting"]),
                ]),
        Project("SEO Audit", client: 0, color: "#c9806b", billable: true, weight: 1.5, [
            Activity("Crawl report and broken links"),
            Activity("Meta descriptions for the blog", ["writing"]),
        ]),
        Project("Mobile App v2", client: 1, color: "#0b83d9", billable: true, rate: 110, weight: 6,
                tasks: ["Sprint planning", "Code review", "QA pass"], [
                    Activity("Sprint planning with the mobile team", ["meeting", "planning"]),
                    Activity("Fix login redirect bug", ["bug"]),
                    Activity("Review pull requests", ["review"]),
                    Activity("Offline sync spike", ["deep-work"]),
                    Activity("QA pass on the Android build"),
                ]),
        Project("Push Notifications", client: 1, color: "#e36a00", billable: true, weight: 2, [
            Activity("APNs certificate renewal", ["ops", "urgent"]),
            Activity("Notification preferences screen"),
        ]),
        Project("API Migration", client: 2, color: "#9e5bd9", billable: true, rate: 120, weight: 4,
                tasks: ["Schema design", "Code review", "Rollout"], [
                    Activity("Map v1 endpoints to v2", ["deep-work"]),
                    Activity("Write migration runbook", ["writing"]),
                    Activity("Review pull requests", ["review"]),
                    Activity("Load test the new gateway 🚀", ["ops"]),
                ]),
        Project("TPS Automation", client: 2, color: "#bf7000", billable: true, weight: 1.5, [
            Activity("TPS report cover sheet generator"),
            Activity("Client call: scope for Q3", ["call"]),
        ]),
        Project("Patient Portal", client: 3, color: "#d92b2b", billable: true, rate: 105, weight: 3,
                tasks: ["Accessibility review", "Bug triage"], [
                    Activity("Accessibility review of the booking flow", ["review"]),
                    Activity("Bug triage with QA", ["bug", "meeting"]),
                    Activity("Appointment reminders for the Zürich clinic"),
                ]),
        Project("Compliance Docs", client: 3, color: "#566614", billable: true, weight: 1, [
            Activity("Update the data processing agreement", ["writing"]),
            Activity("Risk register review", ["review"]),
        ]),
        Project("Quarterly Audit", client: 4, color: "#2da608", billable: true, rate: 140, weight: 2.5,
                tasks: ["Interviews", "Report draft"], [
                    Activity("Interviews with the finance team", ["meeting"]),
                    Activity("Draft audit findings", ["writing"]),
                    Activity("Client call: scope for Q3", ["call"]),
                ]),
        Project("Security Review", client: 4, color: "#d94182", billable: true, weight: 1.5, [
            Activity("Threat model for the payments service", ["deep-work"]),
            Activity("Dependency audit", ["ops"]),
        ]),
        Project("toggl-tui", client: 5, color: "#525266", weight: 2, [
            Activity("Triage GitHub issues"),
            Activity("Wide-character rendering fix (日本語, emoji 🎉)", ["bug"]),
            Activity("Review pull requests", ["review"]),
        ]),
        Project("Docs Translations", client: 5, color: "#465bb3", weight: 1, [
            Activity("Traduction française de la documentation", ["writing"]),
            Activity("Übersetzung: Kapitel 3", ["writing"]),
            Activity("ドキュメント翻訳レビュー", ["review"]),
        ]),
        Project("Onboarding Docs", color: "#991102", weight: 1.5, [
            Activity("Write onboarding guide", ["writing"]),
            Activity("Record the setup screencast"),
        ]),
        Project("Deep Work", color: "#4dc3ff", weight: 2, [
            Activity("Focus block: architecture notes", ["deep-work"]),
            Activity("Research: event sourcing", ["learning", "deep-work"]),
        ]),
        Project("Admin & Email", color: "#525266", weight: 3, [
            Activity("Inbox zero"),
            Activity("Expense reports"),
            Activity("Timesheet cleanup"),
        ]),
        Project("Internal Tools", color: "#990099", weight: 1.5, [
            Activity("CI pipeline speed-ups", ["ops"]),
            Activity("Upgrade the staging database", ["ops", "urgent"]),
        ]),
        Project("Hiring", color: "#c7af14", weight: 1, [
            Activity("Interview: senior iOS engineer", ["meeting"]),
            Activity("Review take-home submissions", ["review"]),
        ]),
        Project("Team Rituals", color: "#465bb3", weight: 2.5, [
            Activity("Daily standup", ["meeting"]),
            Activity("Sprint retro", ["meeting"]),
            Activity("1:1 with Jordan", ["meeting"]),
        ]),
        Project("Sales & Proposals", color: "#c9806b", weight: 1, [
            Activity("Proposal for Globex phase 2", ["writing"]),
            Activity("Estimate for Umbrella Health", ["planning"]),
        ]),
        Project("Conference Talk", color: "#d94182", weight: 0.8, [
            Activity("Slides: terminal UIs in Swift", ["writing"]),
            Activity("Rehearse the talk", ["learning"]),
        ]),
        Project("Legacy Intranet", client: 0, color: "#bf7000", billable: true, active: false, weight: 0, [
            Activity("Decommission checklist"),
        ]),
    ]

    static let personalProjects: [Project] = [
        Project("Reading", color: "#2da608", weight: 2, [
            Activity("Reading: Designing Data-Intensive Applications", ["learning"]),
            Activity("Lecture : Le Petit Prince 📖", ["learning"]),
        ]),
        Project("Side Project: Garden App", color: "#06a893", weight: 2, [
            Activity("Garden app: soil sensor dashboard"),
            Activity("SwiftUI layout experiments", ["learning"]),
        ]),
        Project("Spanish Practice", color: "#e36a00", weight: 1.5, [
            Activity("Podcast + flashcards", ["learning"]),
            Activity("Conversación con María", ["learning"]),
        ]),
        Project("Home Admin", color: "#525266", weight: 1, [
            Activity("Taxes 🧾", ["errands"]),
            Activity("Pay the bills", ["errands"]),
        ]),
    ]
}
