import TrackerCore

/// Carries out one effect and answers with the messages it leads to (its result, and any news
/// such as changed quotas). `.quit` is handled by the runtime, never by a performer.
public protocol EffectPerformer: Sendable {
    func perform(_ effect: AppEffect) async -> [AppMessage]
}
