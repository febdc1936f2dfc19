import { setupBackground } from '@/lib/ext/background';

export default defineBackground(() => {
  setupBackground();
});
