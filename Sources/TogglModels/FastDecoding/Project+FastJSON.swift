#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Project {
    /// The keys ``Project`` decodes.
    enum JSONField: String, CaseIterable, Sendable {
        case active
        case actualHours = "actual_hours"
        case actualSeconds = "actual_seconds"
        case at
        case autoEstimates = "auto_estimates"
        case billable
        case canTrackTime = "can_track_time"
        case cid
        case clientID = "client_id"
        case clientName = "client_name"
        case color
        case createdAt = "created_at"
        case currency
        case currentPeriod = "current_period"
        case endDate = "end_date"
        case estimatedHours = "estimated_hours"
        case estimatedSeconds = "estimated_seconds"
        case externalReference = "external_reference"
        case fixedFee = "fixed_fee"
        case id
        case integrationExtID = "integration_ext_id"
        case integrationExtType = "integration_ext_type"
        case integrationProvider = "integration_provider"
        case isPrivate = "is_private"
        case isShared = "is_shared"
        case name, permissions, pinned, rate
        case rateLastUpdated = "rate_last_updated"
        case recurring
        case recurringParameters = "recurring_parameters"
        case serverDeletedAt = "server_deleted_at"
        case startDate = "start_date"
        case status
        case tasksCount = "tasks_count"
        case template
        case templateID = "template_id"
        case totalCount = "total_count"
        case wid
        case workspaceID = "workspace_id"
    }

    static let jsonKeys = FastJSONKeys<JSONField>()

    /// Reads a project as its `init(from:)` decodes it (see ``FastJSONReader``).
    package static func read(from reader: inout FastJSONReader) throws -> Project {
        var id: Int64?, workspaceID: Int64?, wid: Int64?, clientID: Int64?, cid: Int64?
        var clientName: String?, name: String?, isPrivate: Bool?, active: Bool?, status: String?, color: String?
        var at: Date?, createdAt: Date?, serverDeletedAt: Date?, billable: Bool?, template: Bool?
        var templateID: Int64?, autoEstimates: Bool?, estimatedHours: Int?, estimatedSeconds: Int?
        var actualHours: Int?, actualSeconds: Int?, rate: Double?, rateLastUpdated: Date?, currency: String?
        var fixedFee: Double?, recurring: Bool?, recurringParameters: JSONValue?, currentPeriod: JSONValue?
        var startDate: Date?, endDate: Date?, canTrackTime: Bool?, pinned: Bool?, isShared: Bool?
        var tasksCount: Int?, permissions: [String]?, totalCount: Int?, externalReference: String?
        var integrationProvider: JSONValue?, integrationExtID: String?, integrationExtType: String?
        var fields = try reader.beginObject(jsonKeys)
        while let field = try reader.nextField(&fields) {
            switch field {
            case .id: id = try reader.readInt64()
            case .workspaceID: workspaceID = try reader.readInt64OrNull()
            case .wid: wid = try reader.readInt64OrNull()
            case .clientID: clientID = try reader.readInt64OrNull()
            case .cid: cid = try reader.readInt64OrNull()
            case .clientName: clientName = try reader.readStringOrNull()
            case .name: name = try reader.readStringOrNull()
            case .isPrivate: isPrivate = try reader.readBoolOrNull()
            case .active: active = try reader.readBoolOrNull()
            case .status: status = try reader.readStringOrNull()
            case .color: color = try reader.readStringOrNull()
            case .at: at = try reader.readDateOrNull()
            case .createdAt: createdAt = try reader.readDateOrNull()
            case .serverDeletedAt: serverDeletedAt = try reader.readDateOrNull()
            case .billable: billable = try reader.readBoolOrNull()
            case .template: template = try reader.readBoolOrNull()
            case .templateID: templateID = try reader.readInt64OrNull()
            case .autoEstimates: autoEstimates = try reader.readBoolOrNull()
            case .estimatedHours: estimatedHours = try reader.readIntOrNull()
            case .estimatedSeconds: estimatedSeconds = try reader.readIntOrNull()
            case .actualHours: actualHours = try reader.readIntOrNull()
            case .actualSeconds: actualSeconds = try reader.readIntOrNull()
            case .rate: rate = try reader.readDoubleOrNull()
            case .rateLastUpdated: rateLastUpdated = try reader.readDateOrNull()
            case .currency: currency = try reader.readStringOrNull()
            case .fixedFee: fixedFee = try reader.readDoubleOrNull()
            case .recurring: recurring = try reader.readBoolOrNull()
            case .recurringParameters: recurringParameters = try reader.readNullJSONValue()
            case .currentPeriod: currentPeriod = try reader.readNullJSONValue()
            case .startDate: startDate = try reader.readDayOrNull()
            case .endDate: endDate = try reader.readDayOrNull()
            case .canTrackTime: canTrackTime = try reader.readBoolOrNull()
            case .pinned: pinned = try reader.readBoolOrNull()
            case .isShared: isShared = try reader.readBoolOrNull()
            case .tasksCount: tasksCount = try reader.readIntOrNull()
            case .permissions: permissions = try reader.readStringsOrNull()
            case .totalCount: totalCount = try reader.readIntOrNull()
            case .externalReference: externalReference = try reader.readStringOrNull()
            case .integrationProvider: integrationProvider = try reader.readNullJSONValue()
            case .integrationExtID: integrationExtID = try reader.readStringOrNull()
            case .integrationExtType: integrationExtType = try reader.readStringOrNull()
            }
        }
        guard let id else { throw FastJSONReader.Bail() }
        return Project(
            id: id, workspaceID: workspaceID ?? wid ?? 0, clientID: clientID ?? cid, clientName: clientName,
            name: name ?? "", isPrivate: isPrivate ?? false, active: active ?? true, status: status, color: color,
            at: at, createdAt: createdAt, serverDeletedAt: serverDeletedAt, billable: billable, template: template,
            templateID: templateID, autoEstimates: autoEstimates, estimatedHours: estimatedHours,
            estimatedSeconds: estimatedSeconds, actualHours: actualHours, actualSeconds: actualSeconds, rate: rate,
            rateLastUpdated: rateLastUpdated, currency: currency, fixedFee: fixedFee, recurring: recurring ?? false,
            recurringParameters: recurringParameters, currentPeriod: currentPeriod, startDate: startDate,
            endDate: endDate, canTrackTime: canTrackTime ?? true, pinned: pinned ?? false, isShared: isShared ?? false,
            tasksCount: tasksCount, permissions: permissions, totalCount: totalCount,
            externalReference: externalReference, integrationProvider: integrationProvider,
            integrationExtID: integrationExtID, integrationExtType: integrationExtType)
    }
}
