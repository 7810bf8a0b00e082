import Vapor

/// The 上移 / 下移 buttons of an ordered list (units, a plan's areas, tasks): `direction` is
/// `up` or `down`.
struct MoveForm: Content {
    var direction: String

    /// Whether the item moves up (anything else moves it down).
    var up: Bool { direction == "up" }
}
