import FluentKit
import Foundation

extension DemoCity {
    /// The year's documents: an opinion deploying part of the plan, and a notice.
    func documents() async throws {
        let documents = DocumentCommands(clock: clock)
        _ = try await documents.create(
            DocumentInput(
                title: "关于进一步加强民族团结进步创建工作的实施意见", number: "示办发〔\(year)〕5号", kind: DocumentKind.opinion.rawValue,
                issuingUnitID: unitIDs["office"], day: "\(year)-03-01", body: "为深入推进民族团结进步创建工作，结合本市实际，提出如下意见。",
                planID: planID),
            by: actor, on: db)
        _ = try await documents.create(
            DocumentInput(
                title: "关于报送上半年统一战线工作进展情况的通知", number: "示统办〔\(year)〕12号", kind: DocumentKind.notice.rawValue,
                issuingUnitID: unitIDs["office"], day: "\(year)-06-10", body: "请各成员单位于6月30日前报送上半年工作进展。"), by: actor,
            on: db)
    }
}
