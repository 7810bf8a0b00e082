import Domain
import Foundation

/// Fixed values for page models: ids that read as what they are, and one moment.
enum Mock {
    /// The `n`th fixed id (`00000000-0000-0000-0000-00000000000n`).
    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!
    }

    /// 2026-03-02 09:00 in Beijing.
    static let now = Date(timeIntervalSince1970: 1_772_413_200)

    static let office = UnitTreeEntry(id: id(1), code: "office", name: "领导小组办公室", kind: .office)
    static let tzb = UnitTreeEntry(id: id(2), code: "tzb", name: "市委统战部", kind: .memberUnit, parentID: id(1), depth: 1)
    static let mzj = UnitTreeEntry(id: id(3), code: "mzj", name: "市民族宗教局", kind: .memberUnit, parentID: id(1), depth: 1)
    static let closed = UnitTreeEntry(id: id(4), code: "old", name: "原市侨办", kind: .memberUnit, isActive: false)
    /// A small unit tree, with one inactive unit.
    static let tree = [office, tzb, mzj, closed]
}
