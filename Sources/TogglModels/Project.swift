#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Toggl project (`GET /workspaces/{wid}/projects`, `/me/projects`, embedded in `/me`).
///
/// Decoding is lenient: every field but `id` may be `null` or absent; `wid`/`cid` are read when
/// `workspace_id`/`client_id` are missing. `start_date`/`end_date` are calendar days
/// (`YYYY-MM-DD`), held as midnight UTC of that day and encoded back as `YYYY-MM-DD`.
/// Encoding writes Toggl's read shape including the `wid`/`cid` mirrors, with `null` for the
/// nullable fields Toggl sends as `null`.
public struct Project: Sendable, Hashable, Codable, Identifiable {
    /// The project id (server-owned).
    public let id: Int64
    /// The workspace (`workspace_id`, legacy `wid`); 0 if the server sent neither.
    public var workspaceID: Int64
    /// The client (`client_id`, legacy `cid`), `nil` for none.
    public var clientID: Int64?
    /// The client's name, when the server adds it.
    public var clientName: String? { details.clientName }
    /// The project name (`""` when absent).
    public var name: String
    /// Whether the project is private.
    public var isPrivate: Bool
    /// `false` when archived (`true` when absent).
    public var active: Bool
    /// Status: `upcoming`, `active`, `ended`, `archived` or `deleted` (server-owned).
    public var status: String? { details.status }
    /// Colour `#rrggbb`.
    public var color: String?
    /// Last modification (server-owned).
    public var at: Date? { details.at }
    /// Creation (server-owned).
    public var createdAt: Date? { details.createdAt }
    /// When the project was deleted (server-owned).
    public let serverDeletedAt: Date?
    /// Whether the project is billable (premium).
    public var billable: Bool?
    /// Whether the project is a template (premium).
    public var template: Bool? {
        get { details.template }
        set { details.template = newValue }
    }
    /// The template it was made from.
    public var templateID: Int64? {
        get { details.templateID }
        set { details.templateID = newValue }
    }
    /// Whether estimates come from task hours (premium).
    public var autoEstimates: Bool? {
        get { details.autoEstimates }
        set { details.autoEstimates = newValue }
    }
    /// Estimated hours (premium).
    public var estimatedHours: Int? {
        get { details.estimatedHours }
        set { details.estimatedHours = newValue }
    }
    /// Estimated seconds (server-owned).
    public var estimatedSeconds: Int? { details.estimatedSeconds }
    /// Tracked hours (server-owned).
    public var actualHours: Int? { details.actualHours }
    /// Tracked seconds (server-owned).
    public var actualSeconds: Int? { details.actualSeconds }
    /// Hourly rate (premium).
    public var rate: Double? {
        get { details.rate }
        set { details.rate = newValue }
    }
    /// Last rate change (server-owned).
    public var rateLastUpdated: Date? { details.rateLastUpdated }
    /// Currency (premium).
    public var currency: String? {
        get { details.currency }
        set { details.currency = newValue }
    }
    /// Fixed fee (premium).
    public var fixedFee: Double? {
        get { details.fixedFee }
        set { details.fixedFee = newValue }
    }
    /// Whether the project recurs (premium).
    public var recurring: Bool
    /// Recurrence parameters, shape not modelled (premium).
    public var recurringParameters: JSONValue? {
        get { details.recurringParameters }
        set { details.recurringParameters = newValue }
    }
    /// Current recurrence period, shape not modelled (premium).
    public var currentPeriod: JSONValue? { details.currentPeriod }
    /// First day of the project timeframe (midnight UTC of that day).
    public var startDate: Date? {
        get { details.startDate }
        set { details.startDate = newValue }
    }
    /// Last day of the project timeframe (midnight UTC of that day).
    public var endDate: Date? {
        get { details.endDate }
        set { details.endDate = newValue }
    }
    /// Whether the caller may track time on it (`true` when absent).
    public let canTrackTime: Bool
    /// Whether the caller pinned it.
    public var pinned: Bool
    /// Whether the project is shared.
    public var isShared: Bool
    /// Number of tasks (server-owned).
    public var tasksCount: Int? { details.tasksCount }
    /// Permissions of the caller on this project, if sent.
    public var permissions: [String]? { details.permissions }
    /// Total count of a listing, when the server adds it to rows.
    public var totalCount: Int? { details.totalCount }
    /// A reference to the project in another system.
    public var externalReference: String? {
        get { details.externalReference }
        set { details.externalReference = newValue }
    }
    /// Linked integration provider, shape not modelled.
    public var integrationProvider: JSONValue? { details.integrationProvider }
    /// External id in the linked integration.
    public var integrationExtID: String? { details.integrationExtID }
    /// External type in the linked integration.
    public var integrationExtType: String? { details.integrationExtType }

    /// The fields the app seldom reads, out of line: a project's row in the catalog's
    /// dictionaries and arrays is then ~1/3 of its size (a dictionary of 2,000 projects has
    /// 4,096 buckets), and none is allocated while all of them are unset.
    private var detailsBox: DetailsBox?

    /// The out-of-line fields (all unset when there is no box).
    var details: ProjectDetails {
        get { detailsBox?.details ?? ProjectDetails() }
        set { detailsBox = DetailsBox(newValue) }
    }

    /// A heap box with value semantics (an indirect enum case: replaced, never mutated in place).
    private enum DetailsBox: Sendable, Hashable {
        indirect case box(ProjectDetails)

        /// The box, or nil for fields that are all unset (so equal projects are equal boxes).
        init?(_ details: ProjectDetails) {
            guard details != ProjectDetails() else { return nil }
            self = .box(details)
        }

        var details: ProjectDetails {
            switch self {
            case .box(let details): return details
            }
        }
    }

    /// Creates a project (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        workspaceID: Int64,
        clientID: Int64? = nil,
        clientName: String? = nil,
        name: String,
        isPrivate: Bool = false,
        active: Bool = true,
        status: String? = nil,
        color: String? = nil,
        at: Date? = nil,
        createdAt: Date? = nil,
        serverDeletedAt: Date? = nil,
        billable: Bool? = nil,
        template: Bool? = nil,
        templateID: Int64? = nil,
        autoEstimates: Bool? = nil,
        estimatedHours: Int? = nil,
        estimatedSeconds: Int? = nil,
        actualHours: Int? = nil,
        actualSeconds: Int? = nil,
        rate: Double? = nil,
        rateLastUpdated: Date? = nil,
        currency: String? = nil,
        fixedFee: Double? = nil,
        recurring: Bool = false,
        recurringParameters: JSONValue? = nil,
        currentPeriod: JSONValue? = nil,
        startDate: Date? = nil,
        endDate: Date? = nil,
        canTrackTime: Bool = true,
        pinned: Bool = false,
        isShared: Bool = false,
        tasksCount: Int? = nil,
        permissions: [String]? = nil,
        totalCount: Int? = nil,
        externalReference: String? = nil,
        integrationProvider: JSONValue? = nil,
        integrationExtID: String? = nil,
        integrationExtType: String? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.clientID = clientID
        self.name = name
        self.isPrivate = isPrivate
        self.active = active
        self.color = color
        self.serverDeletedAt = serverDeletedAt
        self.billable = billable
        self.recurring = recurring
        self.canTrackTime = canTrackTime
        self.pinned = pinned
        self.isShared = isShared
        self.detailsBox = DetailsBox(ProjectDetails(
            clientName: clientName, status: status, at: at, createdAt: createdAt, template: template,
            templateID: templateID, autoEstimates: autoEstimates, estimatedHours: estimatedHours,
            estimatedSeconds: estimatedSeconds, actualHours: actualHours, actualSeconds: actualSeconds, rate: rate,
            rateLastUpdated: rateLastUpdated, currency: currency, fixedFee: fixedFee,
            recurringParameters: recurringParameters, currentPeriod: currentPeriod, startDate: startDate,
            endDate: endDate, tasksCount: tasksCount, permissions: permissions, totalCount: totalCount,
            externalReference: externalReference, integrationProvider: integrationProvider,
            integrationExtID: integrationExtID, integrationExtType: integrationExtType))
    }

    enum CodingKeys: String, CodingKey {
        case id
        case workspaceID = "workspace_id"
        case wid
        case clientID = "client_id"
        case cid
        case clientName = "client_name"
        case name
        case isPrivate = "is_private"
        case active, status, color, at
        case createdAt = "created_at"
        case serverDeletedAt = "server_deleted_at"
        case billable, template
        case templateID = "template_id"
        case autoEstimates = "auto_estimates"
        case estimatedHours = "estimated_hours"
        case estimatedSeconds = "estimated_seconds"
        case actualHours = "actual_hours"
        case actualSeconds = "actual_seconds"
        case rate
        case rateLastUpdated = "rate_last_updated"
        case currency
        case fixedFee = "fixed_fee"
        case recurring
        case recurringParameters = "recurring_parameters"
        case currentPeriod = "current_period"
        case startDate = "start_date"
        case endDate = "end_date"
        case canTrackTime = "can_track_time"
        case pinned
        case isShared = "is_shared"
        case tasksCount = "tasks_count"
        case permissions
        case totalCount = "total_count"
        case externalReference = "external_reference"
        case integrationProvider = "integration_provider"
        case integrationExtID = "integration_ext_id"
        case integrationExtType = "integration_ext_type"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var details = ProjectDetails()
        id = try c.decode(Int64.self, forKey: .id)
        workspaceID = try c.decodeFirst(Int64.self, .workspaceID, .wid) ?? 0
        clientID = try c.decodeFirst(Int64.self, .clientID, .cid)
        details.clientName = try c.decodeIfPresent(String.self, forKey: .clientName)
        name = try c.decode(.name, default: "")
        isPrivate = try c.decode(.isPrivate, default: false)
        active = try c.decode(.active, default: true)
        details.status = try c.decodeIfPresent(String.self, forKey: .status)
        color = try c.decodeIfPresent(String.self, forKey: .color)
        details.at = try c.decodeIfPresent(Date.self, forKey: .at)
        details.createdAt = try c.decodeIfPresent(Date.self, forKey: .createdAt)
        serverDeletedAt = try c.decodeIfPresent(Date.self, forKey: .serverDeletedAt)
        billable = try c.decodeIfPresent(Bool.self, forKey: .billable)
        details.template = try c.decodeIfPresent(Bool.self, forKey: .template)
        details.templateID = try c.decodeIfPresent(Int64.self, forKey: .templateID)
        details.autoEstimates = try c.decodeIfPresent(Bool.self, forKey: .autoEstimates)
        details.estimatedHours = try c.decodeIfPresent(Int.self, forKey: .estimatedHours)
        details.estimatedSeconds = try c.decodeIfPresent(Int.self, forKey: .estimatedSeconds)
        details.actualHours = try c.decodeIfPresent(Int.self, forKey: .actualHours)
        details.actualSeconds = try c.decodeIfPresent(Int.self, forKey: .actualSeconds)
        details.rate = try c.decodeIfPresent(Double.self, forKey: .rate)
        details.rateLastUpdated = try c.decodeIfPresent(Date.self, forKey: .rateLastUpdated)
        details.currency = try c.decodeIfPresent(String.self, forKey: .currency)
        details.fixedFee = try c.decodeIfPresent(Double.self, forKey: .fixedFee)
        recurring = try c.decode(.recurring, default: false)
        details.recurringParameters = try c.decodeIfPresent(JSONValue.self, forKey: .recurringParameters)
        details.currentPeriod = try c.decodeIfPresent(JSONValue.self, forKey: .currentPeriod)
        details.startDate = try c.decodeDayIfPresent(.startDate)
        details.endDate = try c.decodeDayIfPresent(.endDate)
        canTrackTime = try c.decode(.canTrackTime, default: true)
        pinned = try c.decode(.pinned, default: false)
        isShared = try c.decode(.isShared, default: false)
        details.tasksCount = try c.decodeIfPresent(Int.self, forKey: .tasksCount)
        details.permissions = try c.decodeIfPresent([String].self, forKey: .permissions)
        details.totalCount = try c.decodeIfPresent(Int.self, forKey: .totalCount)
        details.externalReference = try c.decodeIfPresent(String.self, forKey: .externalReference)
        details.integrationProvider = try c.decodeIfPresent(JSONValue.self, forKey: .integrationProvider)
        details.integrationExtID = try c.decodeIfPresent(String.self, forKey: .integrationExtID)
        details.integrationExtType = try c.decodeIfPresent(String.self, forKey: .integrationExtType)
        detailsBox = DetailsBox(details)
    }

    /// Encodes Toggl's read shape; see the type's documentation.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(workspaceID, forKey: .wid)
        try c.encodeNullable(clientID, forKey: .clientID)
        try c.encodeNullable(clientID, forKey: .cid)
        try c.encodeIfPresent(clientName, forKey: .clientName)
        try c.encode(name, forKey: .name)
        try c.encode(isPrivate, forKey: .isPrivate)
        try c.encode(active, forKey: .active)
        try c.encodeNullable(status, forKey: .status)
        try c.encodeNullable(color, forKey: .color)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(createdAt, forKey: .createdAt)
        try c.encodeNullable(serverDeletedAt, forKey: .serverDeletedAt)
        try c.encodeNullable(billable, forKey: .billable)
        try c.encodeNullable(template, forKey: .template)
        try c.encodeNullable(templateID, forKey: .templateID)
        try c.encodeNullable(autoEstimates, forKey: .autoEstimates)
        try c.encodeNullable(estimatedHours, forKey: .estimatedHours)
        try c.encodeNullable(estimatedSeconds, forKey: .estimatedSeconds)
        try c.encodeNullable(actualHours, forKey: .actualHours)
        try c.encodeNullable(actualSeconds, forKey: .actualSeconds)
        try c.encodeNullable(rate, forKey: .rate)
        try c.encodeNullable(rateLastUpdated, forKey: .rateLastUpdated)
        try c.encodeNullable(currency, forKey: .currency)
        try c.encodeNullable(fixedFee, forKey: .fixedFee)
        try c.encode(recurring, forKey: .recurring)
        try c.encodeNullable(recurringParameters, forKey: .recurringParameters)
        try c.encodeIfPresent(currentPeriod, forKey: .currentPeriod)
        try c.encodeDay(startDate, forKey: .startDate, nullWhenNil: true)
        try c.encodeDay(endDate, forKey: .endDate, nullWhenNil: false)
        try c.encode(canTrackTime, forKey: .canTrackTime)
        try c.encode(pinned, forKey: .pinned)
        try c.encode(isShared, forKey: .isShared)
        try c.encodeNullable(tasksCount, forKey: .tasksCount)
        try c.encodeIfPresent(permissions, forKey: .permissions)
        try c.encodeIfPresent(totalCount, forKey: .totalCount)
        try c.encodeIfPresent(externalReference, forKey: .externalReference)
        try c.encodeIfPresent(integrationProvider, forKey: .integrationProvider)
        try c.encodeIfPresent(integrationExtID, forKey: .integrationExtID)
        try c.encodeIfPresent(integrationExtType, forKey: .integrationExtType)
    }
}
