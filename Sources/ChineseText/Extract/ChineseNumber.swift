/// Small Chinese numerals (一 … 九十九) and Arabic digits as integers.
enum ChineseNumber {
    private static let digits: [Character: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    static func value(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        let characters = Array(text)
        switch characters.count {
        case 1: return characters[0] == "十" ? 10 : digits[characters[0]]
        case 2:
            if characters[0] == "十" { return digits[characters[1]].map { 10 + $0 } }
            if characters[1] == "十" { return digits[characters[0]].map { $0 * 10 } }
            return nil
        case 3:
            guard characters[1] == "十", let tens = digits[characters[0]], let ones = digits[characters[2]] else {
                return nil
            }
            return tens * 10 + ones
        default: return nil
        }
    }
}
