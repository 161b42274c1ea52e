export { PopupApp as App } from '../../features/prep/PopupApp';
