#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// ``Project``'s seldom-read fields (see ``Project/details``).
struct ProjectDetails: Sendable, Hashable {
    var clientName: String?
    var status: String?
    var at: Date?
    var createdAt: Date?
    var template: Bool?
    var templateID: Int64?
    var autoEstimates: Bool?
    var estimatedHours: Int?
    var estimatedSeconds: Int?
    var actualHours: Int?
    var actualSeconds: Int?
    var rate: Double?
    var rateLastUpdated: Date?
    var currency: String?
    var fixedFee: Double?
    var recurringParameters: JSONValue?
    var currentPeriod: JSONValue?
    var startDate: Date?
    var endDate: Date?
    var tasksCount: Int?
    var permissions: [String]?
    var totalCount: Int?
    var externalReference: String?
    var integrationProvider: JSONValue?
    var integrationExtID: String?
    var integrationExtType: String?
}
