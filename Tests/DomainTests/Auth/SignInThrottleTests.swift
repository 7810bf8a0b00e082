import Domain
import Foundation
import Testing

@Suite struct SignInThrottleTests {
    let throttle = SignInThrottle()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func minutes(_ values: [Double]) -> [Date] {
        values.map { t0.addingTimeInterval($0 * 60) }
    }

    @Test func fourFailuresDoNotLock() {
        #expect(throttle.lockedUntil(failures: minutes([0, 1, 2, 3]), now: t0.addingTimeInterval(4 * 60)) == nil)
    }

    @Test func fifthFailureWithinWindowLocksForFifteenMinutes() {
        let failures = minutes([0, 1, 2, 3, 14])
        let until = throttle.lockedUntil(failures: failures, now: t0.addingTimeInterval(14 * 60 + 1))
        #expect(until == t0.addingTimeInterval(29 * 60))
    }

    @Test func lockEndsExactlyAfterLockout() {
        let failures = minutes([0, 1, 2, 3, 4])
        #expect(throttle.lockedUntil(failures: failures, now: t0.addingTimeInterval(19 * 60 - 1)) != nil)
        #expect(throttle.lockedUntil(failures: failures, now: t0.addingTimeInterval(19 * 60)) == nil)
    }

    @Test func failuresSpreadBeyondWindowDoNotLock() {
        // Any five consecutive failures span more than 15 minutes.
        let failures = minutes([0, 4, 8, 12, 16, 20])
        #expect(throttle.lockedUntil(failures: failures, now: t0.addingTimeInterval(21 * 60)) == nil)
    }

    @Test func windowBoundaryIsInclusive() {
        let failures = minutes([0, 5, 10, 14, 15])
        #expect(
            throttle.lockedUntil(failures: failures, now: t0.addingTimeInterval(15 * 60))
                == t0.addingTimeInterval(30 * 60))
    }
}
