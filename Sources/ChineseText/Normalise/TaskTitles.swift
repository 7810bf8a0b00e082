/// Task titles made from a speaker's demands (一是要…): the speaker's 要 / 着力 / 切实 dropped when
/// a verb phrase follows (the reader's output already has full-width punctuation).
public enum TaskTitles {
    /// Modal openings of a demand, longest first.
    static let openings = ["要着力", "要切实", "要进一步", "着力", "切实", "必须", "务必", "要"]
    /// How the verb phrases of demands begin (深入开展, 加强, 做好…).
    static let verbStarts: [String] = [
        "深入", "加强", "加快", "加大", "推进", "推动", "做好", "做细", "支持", "坚持", "健全", "完善", "提高", "提升", "强化",
        "扎实", "持续", "全面", "进一步", "积极", "大力", "抓好", "抓实", "落实", "开展", "促进", "建立", "构建", "凝聚", "巩固",
        "发挥", "引导", "服务", "统筹", "把握", "聚焦", "围绕", "深化", "创新", "打造", "筑牢", "守好", "履行", "增强", "树立",
        "营造", "密切", "团结", "维护", "保障", "规范", "优化", "用好", "建好", "管好", "压实", "牢牢", "始终", "认真", "切实",
    ]

    /// `head` as a task's title.
    public static func fromDemand(_ head: String) -> String {
        var title = ChinesePunctuation.fullWidth(head.trimmingCharacters(in: .whitespaces))
        for opening in openings where title.hasPrefix(opening) {
            let rest = String(title.dropFirst(opening.count))
            if rest.count >= 4, verbStarts.contains(where: rest.hasPrefix) {
                title = rest
                break
            }
        }
        return title
    }
}
