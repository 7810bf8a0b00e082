import Domain
import Foundation

/// The public list of published suggestions and one published suggestion with its answer.
enum PublicSuggestionViews {
    static func index(_ page: Page<SuggestionLine>) -> PageModel {
        let rows = page.items.map { suggestion -> [HTMLNode] in
            [
                txt(suggestion.number), Components.link(suggestion.title, .publicSuggestion(suggestion.id)),
                txt(suggestion.category.label),
                txt(suggestion.senderName), txt(suggestion.answerClass?.label ?? ""),
                txt(suggestion.publishedAt.map(Components.dateTime) ?? ""),
            ]
        }
        return PageModel(
            title: "建言公开",
            content: [
                tag(
                    "div", ["class": "public-page"],
                    [
                        tag("p", text: "经建言人同意公开的建言及承办单位的答复。"),
                        Components.table(
                            caption: "公开的建言",
                            columns: [
                                .init(title: "编号"), .init(title: "标题"), .init(title: "类别"),
                                .init(title: "建言单位"), .init(title: "答复类别"), .init(title: "公开时间"),
                            ],
                            rows: rows, empty: "还没有公开的建言。"),
                        Components.pagination(page, path: .publicSuggestions, query: []),
                    ])
            ])
    }

    static func show(_ suggestion: PublicSuggestionDTO) -> PageModel {
        var pairs: [(String, HTMLNode)] = [
            ("编号", txt(suggestion.number)),
            ("类别", txt(suggestion.categoryLabel + (suggestion.adopted ? "（已采纳）" : ""))),
            ("建言单位", txt(suggestion.unitName)),
        ]
        if let lead = suggestion.leadUnitName { pairs.append(("承办单位", txt(lead))) }
        if let answerClass = suggestion.answerClass { pairs.append(("答复类别", txt(answerClass.label))) }
        return PageModel(
            title: suggestion.title, crumbs: [Crumb("建言公开", .publicSuggestions), Crumb(suggestion.title)],
            content: [
                tag(
                    "div", ["class": "public-page"],
                    [
                        Components.details(pairs),
                        tag("h2", text: "建言内容"),
                        paragraphs(suggestion.body),
                        tag("h2", text: "答复"),
                        paragraphs(suggestion.answer),
                    ])
            ])
    }

    private static func paragraphs(_ text: String) -> HTMLNode {

        tag("div", ["class": "prose"], text.split(whereSeparator: \.isNewline).map { tag("p", text: String($0)) })
    }
}
