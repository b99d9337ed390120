import Foundation

/// Takes a successful (2xx) response's body as it arrives, instead of it being collected into
/// ``HTTPResponse/body``: for an answer too large to hold whole while it is read (the launch
/// sync's `/me`).
///
/// Chunks come in order, one at a time, from the transport's thread. Any other answer (an
/// error status, a redirect) is collected as usual, so its message can be read.
public protocol HTTPBodySink: AnyObject, Sendable {
    /// Forgets what was received: a new attempt's body follows. Called before every attempt.
    func restart()
    /// Takes the next bytes of the body.
    func receive(_ chunk: Data)
}
