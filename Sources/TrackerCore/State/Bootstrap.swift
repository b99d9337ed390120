import TogglModels

/// What a full sync brings: the user with all related data, and their display preferences
/// (fetched once per session; nil when not asked for or unavailable).
public struct Bootstrap: Sendable, Equatable {
    public var me: Me
    public var preferences: Preferences?

    public init(me: Me, preferences: Preferences? = nil) {
        self.me = me
        self.preferences = preferences
    }
}
