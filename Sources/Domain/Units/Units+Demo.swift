import FluentKit
import Foundation

extension DemoCity {
    mutating func units() async throws {
        for unit in DemoContent.units + DemoContent.moreUnits {
            let created = try await UnitCommands(clock: clock).create(
                NewUnit(
                    code: unit.code, name: unit.name, kind: UnitKind(rawValue: unit.kind) ?? .memberUnit,
                    parentID: unitIDs["office"]),
                by: actor, on: db)
            unitIDs[unit.code] = created.id
        }
    }
}
