import { defineMessages } from '../define';

export default defineMessages(
  {
    'app.name': 'TAL Scout',
    'common.loading': 'Loading…',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.missing': 'missing',
    'common.yes': 'Yes',
    'common.no': 'No',
    'common.error': 'Something went wrong: {message}',
  },
  {
    'app.name': 'TAL Scout',
    'common.loading': 'Загрузка…',
    'common.save': 'Сохранить',
    'common.cancel': 'Отмена',
    'common.close': 'Закрыть',
    'common.missing': 'нет данных',
    'common.yes': 'Да',
    'common.no': 'Нет',
    'common.error': 'Что-то пошло не так: {message}',
  },
  {
    'app.name': 'TAL Scout',
    'common.loading': '加载中…',
    'common.save': '保存',
    'common.cancel': '取消',
    'common.close': '关闭',
    'common.missing': '缺失',
    'common.yes': '是',
    'common.no': '否',
    'common.error': '出错了：{message}',
  },
);
