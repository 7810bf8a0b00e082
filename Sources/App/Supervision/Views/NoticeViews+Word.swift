import Domain
import Foundation

extension NoticeViews {
    /// A 督办单 as a Word document after GB/T 9704: title, number, the notice as a two-column
    /// form, and the issuing office with the date, ready to print and seal.
    static func word(_ notice: NoticeSummary, task: String?, office: String) -> WordDocument {
        var rows: [WordTable.Row] = [.cells(["被督办单位", notice.unitName])]
        if let task { rows.append(.cells(["督办任务", task])) }
        rows += [
            .cells(["督办事由", notice.reason]), .cells(["办理要求", notice.requiredAction]),
            .cells(["答复时限", WorkComponents.longDay(notice.replyDue)]),
        ]
        if !notice.answer.isEmpty { rows.append(.cells(["单位答复", notice.answer])) }
        let issued = notice.createdAt.map { WorkComponents.longDay(CalendarDay($0).description) } ?? ""
        return WordDocument(
            blocks: [
                .title("督 办 单"), .subtitle(notice.number),
                .table(WordTable(header: [], weights: [24, 76], rows: rows, labelled: true)),
                .paragraph("请于答复时限前将办理情况书面报送领导小组办公室。", alignment: .both, indent: true),
                .paragraph(office, alignment: .right, indent: false),
                .paragraph(issued, alignment: .right, indent: false),
            ])
    }
}
