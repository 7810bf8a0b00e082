/// A status that moves only along listed transitions: tasks, progress reports, supervision
/// notices and rectification items each have one.
///
/// One rule for all of them: a move that is not listed is refused with a clear message and
/// nothing changes.
public protocol StateMachine: Hashable, Sendable, CaseIterable {
    /// Every legal move: status → the statuses it may move to.
    static var transitions: [Self: Set<Self>] { get }
    /// The status as users see it (Simplified Chinese).
    var label: String { get }
}

extension StateMachine {
    /// True when the move from `self` to `next` is listed.
    public func canMove(to next: Self) -> Bool {
        Self.transitions[self]?.contains(next) ?? false
    }

    /// The statuses reachable from `self` in one move.
    public var nextStatuses: [Self] {
        Self.allCases.filter { canMove(to: $0) }
    }

    /// `next`, when the move is legal; otherwise a conflict naming both statuses.
    public func moved(to next: Self) throws -> Self {
        guard canMove(to: next) else {
            throw DomainError.conflict("状态不能从「\(label)」改为「\(next.label)」")
        }
        return next
    }
}
