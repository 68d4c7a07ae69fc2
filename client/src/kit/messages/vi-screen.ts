// Any screen: the collapsed navigation and the dd/MM/yyyy date field.
export const viScreen = {
  'layout.menu': 'Danh mục',
  'dateField.hint': 'Ngày/tháng/năm, ví dụ {example}',
  'dateField.format': 'Ngày chưa đúng dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ {example}.',
  'dateField.noSuchDay': 'Không có ngày này trong lịch.',
  'dateField.tooEarly': 'Chọn ngày từ {min} trở đi.',
  'dateField.tooLate': 'Chọn ngày không sau {max}.',
} as const;
