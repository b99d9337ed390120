import Foundation
import Testing
@testable import TogglSandbox

@Suite struct SaturatingArithmeticTests {
    typealias S = SaturatingArithmetic

    @Test func sumsDifferencesAndProductsStopAtTheBounds() {
        #expect(S.add(.max, 1) == .max)
        #expect(S.add(.min, -1) == .min)
        #expect(S.add(2, 3) == 5)
        #expect(S.subtract(.min, 1) == .min)
        #expect(S.subtract(0, .min) == .max)
        #expect(S.subtract(5, 7) == -2)
        #expect(S.multiply(.max, 2) == .max)
        #expect(S.multiply(.max, -2) == .min)
        #expect(S.multiply(.min, -1) == .max)
        #expect(S.multiply(-4, 5) == -20)
        #expect(S.sum([.max, .max, -5]) == .max - 5)
        #expect(S.sum([1, 2, 3]) == 6)
    }

    @Test func doublesBecomeClampedInts() {
        #expect(S.int(.nan) == 0)
        #expect(S.int(.infinity) == .max)
        #expect(S.int(-.infinity) == .min)
        #expect(S.int(1e300) == .max)
        #expect(S.int(Double(Int.max)) == .max)
        #expect(S.int(-1e300) == .min)
        #expect(S.int(-2.7) == -2)
        #expect(S.seconds(from: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 90.9)) == 90)
        #expect(S.seconds(from: .distantPast, to: Date(timeIntervalSince1970: 1e300)) == .max)
    }
}
