/**
 * The words that open a picture's credit, in the languages the popup meets: "Photo: Jo Bloggs", "Foto: dpa",
 * « Фото из Инстаграма … » (a photo from someone's account), "Bild: Keystone", "Imagen: EFE", 「写真：…」. The
 * names after them took or own the picture; they did not write the story.
 */
const PICTURE_WORDS = [
  'photos?',
  'fotos?',
  'fotografías?',
  'fotografie',
  'photographs?',
  'pictures?',
  'pics?',
  'images?',
  'imagen(?:es)?',
  'immagin[ei]',
  'bild(?:er)?',
  'illustrations?',
  'ilustraci[oó]n',
  'illustrazion[ei]',
  'grafik',
  'vid[ée]os?',
  'cr[ée]dits?',
  'zdj[eę]ci[ae]',
  'фото(?:графия)?',
  'снимок',
  'иллюстрация',
  'صورة',
  'تصوير',
  'צילום',
  'φωτογραφία',
  '写真',
  '摄影',
  '攝影',
  '图片',
  '圖片',
  '사진',
];

// The word alone, or followed by a space, a colon, a slash or a dash: CJK scripts put no space after it.
export const PICTURE_CREDIT = new RegExp(`^(?:${PICTURE_WORDS.join('|')})(?=$|[\\s:：/|·,-])`, 'iu');

/** Whether a credit line credits a picture: it opens with a picture word. */
export const isPictureCredit = (line: string): boolean => PICTURE_CREDIT.test(line.trim());
