import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Nagle's algorithm off for every connection a server accepts.
///
/// FlyingFox writes a response's head and body as two sends. With Nagle on, the body waits
/// until the client acknowledges the head, and a client that delays its ACK (Linux: 40 ms) holds
/// every answer on a kept-alive connection back by that much — about 44 ms a request, most of a
/// test run's time. FlyingFox does not expose its sockets, so the listening socket is found
/// among the process's descriptors (bound to 127.0.0.1:`port`, no peer) and given
/// `TCP_NODELAY`, which Linux and the BSDs copy to the sockets `accept` returns.
enum ListenerNoDelay {
    /// Sets `TCP_NODELAY` on the socket listening on 127.0.0.1:`port`; false when not found.
    @discardableResult
    static func apply(port: UInt16) -> Bool {
        #if os(Linux)
        let folder = "/proc/self/fd"
        #else
        let folder = "/dev/fd"
        #endif
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        var applied = false
        for name in names {
            guard let descriptor = Int32(name), isListener(descriptor, port: port) else { continue }
            var on: Int32 = 1
            if setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size)) == 0 {
                applied = true
            }
        }
        return applied
    }

    /// Whether a descriptor is a TCP socket bound to 127.0.0.1:`port` with no peer.
    private static func isListener(_ descriptor: Int32, port: UInt16) -> Bool {
        var accepting: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &size) == 0, accepting != 0 else { return false }
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return result == 0 && Int32(address.sin_family) == AF_INET
            && UInt32(bigEndian: address.sin_addr.s_addr) == 0x7F00_0001 && UInt16(bigEndian: address.sin_port) == port
    }
}
