#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The body of `POST`/`PUT /workspaces/{wid}/projects[/{pid}]`. Only the fields that are set are
/// sent.
///
/// Fields that may need clearing use ``FieldUpdate`` (`nil` = not sent, `.clear` = `null`).
/// `start_date`/`end_date` are sent as the UTC calendar day (`YYYY-MM-DD`) of the given date.
/// Decoding also accepts the legacy `cid`.
public struct ProjectPayload: Sendable, Hashable, Codable {
    /// Project name (required on create).
    public var name: String?
    /// Client, or `.clear` for none.
    public var clientID: FieldUpdate<Int64>?
    /// Colour `#rrggbb`.
    public var color: String?
    /// `false` archives the project.
    public var active: Bool?
    /// Private project.
    public var isPrivate: Bool?
    /// Billable (premium).
    public var billable: Bool?
    /// Template (premium).
    public var template: Bool?
    /// Estimated hours, or `.clear` (premium).
    public var estimatedHours: FieldUpdate<Int>?
    /// Hourly rate, or `.clear` (premium).
    public var rate: FieldUpdate<Double>?
    /// Currency (premium).
    public var currency: String?
    /// Fixed fee, or `.clear` (premium).
    public var fixedFee: FieldUpdate<Double>?
    /// Estimates from task hours (premium).
    public var autoEstimates: Bool?
    /// First day of the timeframe (its UTC day is sent).
    public var startDate: Date?
    /// Last day of the timeframe (its UTC day is sent), or `.clear`.
    public var endDate: FieldUpdate<Date>?
    /// Shared project.
    public var isShared: Bool?
    /// A reference to the project in another system.
    public var externalReference: String?

    /// Creates a payload; every field defaults to "not sent".
    public init(
        name: String? = nil,
        clientID: FieldUpdate<Int64>? = nil,
        color: String? = nil,
        active: Bool? = nil,
        isPrivate: Bool? = nil,
        billable: Bool? = nil,
        template: Bool? = nil,
        estimatedHours: FieldUpdate<Int>? = nil,
        rate: FieldUpdate<Double>? = nil,
        currency: String? = nil,
        fixedFee: FieldUpdate<Double>? = nil,
        autoEstimates: Bool? = nil,
        startDate: Date? = nil,
        endDate: FieldUpdate<Date>? = nil,
        isShared: Bool? = nil,
        externalReference: String? = nil
    ) {
        self.name = name
        self.clientID = clientID
        self.color = color
        self.active = active
        self.isPrivate = isPrivate
        self.billable = billable
        self.template = template
        self.estimatedHours = estimatedHours
        self.rate = rate
        self.currency = currency
        self.fixedFee = fixedFee
        self.autoEstimates = autoEstimates
        self.startDate = startDate
        self.endDate = endDate
        self.isShared = isShared
        self.externalReference = externalReference
    }

    enum CodingKeys: String, CodingKey {
        case name
        case clientID = "client_id"
        case cid, color, active
        case isPrivate = "is_private"
        case billable, template
        case estimatedHours = "estimated_hours"
        case rate, currency
        case fixedFee = "fixed_fee"
        case autoEstimates = "auto_estimates"
        case startDate = "start_date"
        case endDate = "end_date"
        case isShared = "is_shared"
        case externalReference = "external_reference"
    }

    /// Decodes a request body, keeping `null` (`.clear`) apart from absent (`nil`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        clientID = try c.decodeUpdate(Int64.self, .clientID, .cid)
        color = try c.decodeIfPresent(String.self, forKey: .color)
        active = try c.decodeIfPresent(Bool.self, forKey: .active)
        isPrivate = try c.decodeIfPresent(Bool.self, forKey: .isPrivate)
        billable = try c.decodeIfPresent(Bool.self, forKey: .billable)
        template = try c.decodeIfPresent(Bool.self, forKey: .template)
        estimatedHours = try c.decodeUpdate(Int.self, .estimatedHours)
        rate = try c.decodeUpdate(Double.self, .rate)
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
        fixedFee = try c.decodeUpdate(Double.self, .fixedFee)
        autoEstimates = try c.decodeIfPresent(Bool.self, forKey: .autoEstimates)
        startDate = try c.decodeDayIfPresent(.startDate)
        if c.contains(.endDate) {
            endDate = try c.decodeDayIfPresent(.endDate).map(FieldUpdate.set) ?? .clear
        } else {
            endDate = nil
        }
        isShared = try c.decodeIfPresent(Bool.self, forKey: .isShared)
        externalReference = try c.decodeIfPresent(String.self, forKey: .externalReference)
    }

    /// Encodes only the fields that are set (modern keys only, days as `YYYY-MM-DD`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(clientID, forKey: .clientID)
        try c.encodeIfPresent(color, forKey: .color)
        try c.encodeIfPresent(active, forKey: .active)
        try c.encodeIfPresent(isPrivate, forKey: .isPrivate)
        try c.encodeIfPresent(billable, forKey: .billable)
        try c.encodeIfPresent(template, forKey: .template)
        try c.encodeIfPresent(estimatedHours, forKey: .estimatedHours)
        try c.encodeIfPresent(rate, forKey: .rate)
        try c.encodeIfPresent(currency, forKey: .currency)
        try c.encodeIfPresent(fixedFee, forKey: .fixedFee)
        try c.encodeIfPresent(autoEstimates, forKey: .autoEstimates)
        try c.encodeDay(startDate, forKey: .startDate, nullWhenNil: false)
        switch endDate {
        case .set(let day): try c.encodeDay(day, forKey: .endDate, nullWhenNil: false)
        case .clear: try c.encodeNil(forKey: .endDate)
        case nil: break
        }
        try c.encodeIfPresent(isShared, forKey: .isShared)
        try c.encodeIfPresent(externalReference, forKey: .externalReference)
    }
}
