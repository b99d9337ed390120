import CursesTerminal
import Foundation
import TerminalUI
import TrackerCore

/// One second of a running timer: the cells the next frame changes, and the bytes the curses
/// backend writes for them on a pseudo-terminal of type `xterm-256color` (colours on).
public struct TickResult: Sendable, Equatable, Codable {
    public var ticks: Int
    public var cellsMean: Double
    public var cellsMax: Int
    public var bytesMean: Double
    public var bytesMax: Int
    /// Bytes of the first, full frame (for scale).
    public var firstFrameBytes: Int
    public var terminalType: String
}

enum TickBenchmark {
    static let terminalType = "xterm-256color"

    /// Presents the frame at `state.now`, drains the pty, then `ticks` frames one second apart,
    /// counting each one's changed cells and drained bytes.
    static func run(state: AppState, size: Size, ticks: Int) throws -> TickResult {
        var state = state
        let pty = try PseudoTerminal(size: size)
        defer { pty.close() }
        // Colours on: an empty environment hides `NO_COLOR` (which `swift test` sets).
        let terminal = CursesTerminal(terminalType: terminalType, inputDescriptor: pty.slave, outputDescriptor: pty.slave,
                                      colorMode: .auto, environment: [:])
        try terminal.start()
        defer { terminal.stop() }
        _ = pty.drainOutput()

        let start = state.now
        var previous = AppView.render(state, size: size)
        terminal.present(previous)
        let firstFrameBytes = pty.drainOutput().count
        var cells: [Int] = []
        var bytes: [Int] = []
        for second in 1...max(1, ticks) {
            _ = AppUpdate.update(&state, .tick(start.addingTimeInterval(TimeInterval(second))))
            let frame = AppView.render(state, size: size)
            cells.append(BenchApp.cellCount(frame.changes(from: previous)))
            previous = frame
            terminal.present(frame)
            bytes.append(pty.drainOutput().count)
        }
        return TickResult(ticks: bytes.count, cellsMean: mean(cells), cellsMax: cells.max() ?? 0,
                          bytesMean: mean(bytes), bytesMax: bytes.max() ?? 0, firstFrameBytes: firstFrameBytes,
                          terminalType: terminalType)
    }

    private static func mean(_ values: [Int]) -> Double {
        values.isEmpty ? 0 : Double(values.reduce(0, +)) / Double(values.count)
    }
}
