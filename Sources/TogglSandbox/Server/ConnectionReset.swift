import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes a dropped connection end with a TCP reset, as when a network or proxy drops it.
///
/// A connection closed politely (FIN) before any answer is "empty reply from server" to libcurl
/// (which Linux's URLSession reported as `badServerResponse`); a reset is a lost connection to
/// every client. FlyingFox does not hand its socket to handlers, so the server-side socket of
/// the connection is found among the process's descriptors by its two ends (the client's port
/// and the listening port, both on 127.0.0.1) and given `SO_LINGER {on, 0}`: closing it then
/// sends RST. When the socket cannot be found the connection is closed politely instead.
enum ConnectionReset {
    /// Arms the reset for the connection from 127.0.0.1:`peerPort` to 127.0.0.1:`localPort`.
    /// Returns whether the socket was found.
    @discardableResult
    static func arm(peerPort: UInt16, localPort: UInt16) -> Bool {
        #if os(Linux)
        let folder = "/proc/self/fd"
        #else
        let folder = "/dev/fd"
        #endif
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        for name in names {
            guard let descriptor = Int32(name),
                  port(of: descriptor, peer: true) == peerPort,
                  port(of: descriptor, peer: false) == localPort
            else { continue }
            var option = linger(l_onoff: 1, l_linger: 0)
            return setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size)) == 0
        }
        return false
    }

    /// The IPv4 loopback port of one end of a socket, or nil for anything else.
    private static func port(of descriptor: Int32, peer: Bool) -> UInt16? {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                peer ? getpeername(descriptor, raw, &length) : getsockname(descriptor, raw, &length)
            }
        }
        guard result == 0, Int32(address.sin_family) == AF_INET,
              UInt32(bigEndian: address.sin_addr.s_addr) == 0x7F00_0001
        else { return nil }
        return UInt16(bigEndian: address.sin_port)
    }
}

/// The port a server listens on, shared with its handler (known only once bound).
final class ListeningPort: Sendable {
    private let stored = Mutex<UInt16?>(nil)

    var value: UInt16? {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
}
