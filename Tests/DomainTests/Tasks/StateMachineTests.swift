import Domain
import Testing

/// Every status machine of the work loop: each listed move is allowed, every other move is
/// refused with a conflict naming both statuses, and the machine's own status is unchanged.
@Suite struct StateMachineTests {
    /// All pairs (from, to) of a machine, with whether the move is legal.
    func everyMove<S: StateMachine>(_: S.Type, legal: [(S, S)]) -> [(S, S, Bool)] {
        S.allCases.flatMap { from in
            S.allCases.map { to in (from, to, legal.contains { $0 == (from, to) }) }
        }
    }

    func check<S: StateMachine>(_ type: S.Type, legal: [(S, S)]) throws {
        for (from, to, isLegal) in everyMove(type, legal: legal) {
            let status = from
            if isLegal {
                #expect(try status.moved(to: to) == to)
            } else {
                #expect(throws: DomainError.conflict("状态不能从「\(from.label)」改为「\(to.label)」")) {
                    try status.moved(to: to)
                }
            }
            #expect(status == from)
        }
    }

    @Test func taskMoves() throws {
        try check(
            TaskStatus.self,
            legal: [
                (.notStarted, .inProgress), (.notStarted, .done), (.notStarted, .suspended),
                (.inProgress, .done), (.inProgress, .suspended), (.suspended, .inProgress),
                (.done, .closed), (.done, .inProgress),
            ])
        #expect(TaskStatus.closed.nextStatuses.isEmpty)
        #expect(TaskStatus.notStarted.label == "未启动")
    }

    @Test func reportMoves() throws {
        try check(
            ReportStatus.self, legal: [(.submitted, .accepted), (.submitted, .returned), (.returned, .submitted)])
        #expect(ReportStatus.accepted.nextStatuses.isEmpty)
    }

    @Test func noticeMoves() throws {
        try check(NoticeStatus.self, legal: [(.issued, .answered), (.answered, .closed), (.answered, .issued)])
    }

    @Test func rectificationMoves() throws {
        try check(
            RectificationStatus.self,
            legal: [
                (.open, .submitted), (.submitted, .signedOff), (.submitted, .returned), (.returned, .submitted),
            ])
        #expect(RectificationStatus.signedOff.label == "已销号")
    }
}
